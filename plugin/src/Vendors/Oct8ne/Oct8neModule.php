<?php
/**
 * oct8ne: live chat with product co-browsing.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Events\OrderReport;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings (manifest/oct8ne.json), the widget's page config, the sale notification of a placed order,
 * and the storefront parts (real-time updates, sale attribution, link-up, blocks). The adapter API itself is served by the sidecar.
 */
final class Oct8neModule extends VendorModule {

	public function id(): string {
		return 'oct8ne';
	}

	/** The widget's properties (fact sheet §2.3) for this page; never the API token. */
	public function public_config(): array {
		$values = $this->public_values();
		$config = array(
			'server'             => Hosts::server( $values ),
			'staticServer'       => Hosts::static_server( $values ),
			'license'            => $values['license'],
			'baseUrl'            => home_url(),
			'checkoutUrl'        => $this->store->page_url( 'checkout' ),
			'loginUrl'           => $this->store->page_url( 'myaccount' ),
			'checkoutSuccessUrl' => $this->store->page_url( 'order_received' ),
			'locale'             => Locale::from_wordpress( determine_locale() ),
			'currencyCode'       => $this->store->currency(),
			'loading'            => $values['loading'],
			'loadDelay'          => (int) $values['loadDelay'],
		);
		$product_id = $this->store->current_product_id();
		if ( $product_id ) {
			$config['currentProduct'] = array(
				'id'        => (string) $product_id,
				'thumbnail' => self::absolute_url( $this->store->product_image_url( $product_id ) ),
			);
		}
		return $config;
	}

	/** The sale-notification script of the order-received page's order, loaded by the bundle on `orderPlaced`. */
	public function order_report(): ?OrderReport {
		return new SaleReport( $this->public_values() );
	}

	public function register(): void {
		$parts = array(
			new WishlistEngine(),
			new GuestWishlistMerge(),
			new LinkUp( $this, $this->store ),
			new Blocks( $this ),
			new Privacy( $this ),
			new IntegrationController( $this, $this->store ),
		);
		foreach ( $parts as $part ) {
			$part->register();
		}
	}

	/** The real-time updates of a visitor's conversation. */
	public function subscribers(): array {
		return array( new RealtimeUpdate( $this ), new SaleAttribution( $this ) );
	}

	/**
	 * oct8ne needs absolute URLs; attachment URLs may be protocol- or root-relative behind CDNs.
	 *
	 * @param string $url Image URL.
	 */
	private static function absolute_url( string $url ): string {
		if ( str_starts_with( $url, '//' ) ) {
			return set_url_scheme( $url );
		}
		return str_starts_with( $url, '/' ) ? home_url( $url ) : $url;
	}
}
