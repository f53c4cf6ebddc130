<?php
/**
 * Belco: customer service inbox and chat.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Vendors\Belco\Sync\BelcoSync;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings (manifest/belco.json), the page's public config (shopId only: the page may be cached), the
 * uncached widget endpoint, the integration admin routes, the privacy text and the server sync (Sync/: Belco's API
 * calls through Action Scheduler). The custom orders API and the customer frame are served by the sidecar.
 */
final class BelcoModule extends VendorModule {

	public function id(): string {
		return 'belco';
	}

	public function public_config(): array {
		return array( 'shopId' => $this->public_values()['shopId'] );
	}

	private ?BelcoSync $sync = null;

	private function sync(): BelcoSync {
		$this->sync ??= new BelcoSync( $this, $this->store );
		return $this->sync;
	}

	/** `Order Completed`, tracked in the storefront once per order. */
	public function order_report(): OrderCompleted {
		return new OrderCompleted();
	}

	/** The server calls queued from commerce events. */
	public function subscribers(): array {
		return array( $this->sync()->triggers() );
	}

	public function register(): void {
		$parts = array(
			new WidgetEndpoint( $this, $this->store, ShopperFacts::for_site( $this->store ) ),
			new IntegrationController( $this, $this->store ),
			new Privacy( $this ),
			$this->sync(),
		);
		foreach ( $parts as $part ) {
			$part->register();
		}
		add_action( 'wp_enqueue_scripts', array( $this, 'hide_from_staff' ), 20 );
	}

	/** Shop staff answer Belco, they do not get its widget (as with the official plugin). */
	public function hide_from_staff(): void {
		if ( is_user_logged_in() && current_user_can( Capability::required( $this->store ) ) ) {
			wp_dequeue_script( 'commerce-bridge-' . $this->id() );
		}
	}
}
