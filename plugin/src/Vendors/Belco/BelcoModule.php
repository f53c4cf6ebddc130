<?php
/**
 * Belco: customer service inbox and chat.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Consent\ConsentCategories;
use CommerceBridge\Vendors\Belco\Sync\BelcoSync;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings, the page's public config (shopId only: the page may be cached), the uncached widget
 * endpoint, the integration admin routes, the privacy text and the server sync (Sync/: Belco's API
 * calls through Action Scheduler). The custom orders API and the customer frame are served by the sidecar.
 */
final class BelcoModule extends VendorModule {

	public function id(): string {
		return 'belco';
	}

	public function label(): string {
		return 'Belco';
	}

	public function defaults(): array {
		return array(
			'enabled'      => false,
			'shopId'       => '',
			'shopSecret'   => '',
			'ordersToken'  => '',
			'hashIdentity' => 'id',
			ConsentCategories::KEY => array( 'functional' ),
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'shopId'       => self::text( __( 'Shop id', 'commerce-bridge' ), __( 'Your shop id from Belco\'s settings.', 'commerce-bridge' ) ) + array(
					'pattern'        => '^$|^[A-Za-z0-9_-]+$',
					'patternMessage' => __( 'The shop id is letters, digits, - and _ only: copy it from Belco (Settings → API keys), not a web address.', 'commerce-bridge' ),
				),
				'shopSecret'   => self::text( __( 'Shop secret', 'commerce-bridge' ), __( 'Signs the identity of logged-in customers for the Belco widget. Stored, never shown again.', 'commerce-bridge' ), true ),
				'ordersToken'  => self::text( __( 'Orders API token', 'commerce-bridge' ), __( 'Token Belco uses to read customers and orders; generated on activation. Stored, never shown again.', 'commerce-bridge' ), true ),
				'hashIdentity' => self::choice( __( 'Identity hashed with', 'commerce-bridge' ), __( 'Which customer field the identity hash covers; it must match the setting in Belco.', 'commerce-bridge' ), array( 'id' => __( 'User id', 'commerce-bridge' ), 'email' => __( 'E-mail address', 'commerce-bridge' ) ) ) + array( 'section' => 'connection' ),
			)
		);
	}

	public function generated_secrets(): array {
		return array( 'ordersToken' );
	}

	/** The widget needs the shop id, Belco's calls for orders the token (the shop secret is optional: identity). */
	public function required_keys(): array {
		return array( 'shopId', 'ordersToken' );
	}

	public function public_config(): array {
		return array( 'shopId' => $this->public_values()['shopId'] );
	}

	public function register(): void {
		$parts = array(
			new WidgetEndpoint( $this, $this->store, ShopperFacts::for_site( $this->store ) ),
			new IntegrationController( $this, $this->store ),
			new Privacy( $this ),
			new BelcoSync( $this, $this->store ),
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
