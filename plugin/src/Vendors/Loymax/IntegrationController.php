<?php
/**
 * Loymax SmartCom's data feeds: one URL per feed, with the feed token.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Vendors\VendorIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * The feeds the sidecar serves (sidecar/src/vendors/loymax), each as a URL with `?token=`; their
 * paging links carry the same token. Rotating the feed token replaces every URL.
 */
final class IntegrationController extends VendorIntegration {

	public function token_key(): ?string {
		return 'feedToken';
	}

	public function urls(): array {
		/* translators: %s: what the feed lists. */
		$help  = __( 'Give this URL to Loymax for the %s import; it pages with page[number] and page[size].', 'commerce-bridge' );
		$feeds = array(
			'categories' => array( __( 'Categories feed', 'commerce-bridge' ), __( 'category classifier', 'commerce-bridge' ) ),
			'products'   => array( __( 'Products feed', 'commerce-bridge' ), __( 'product directory', 'commerce-bridge' ) ),
			'customers'  => array( __( 'Customers feed', 'commerce-bridge' ), __( 'customer', 'commerce-bridge' ) ),
			'orders'     => array( __( 'Orders feed', 'commerce-bridge' ), __( 'order', 'commerce-bridge' ) ),
		);
		$urls  = array();
		foreach ( $feeds as $feed => list( $label, $what ) ) {
			$urls[] = $this->tokened_url( $feed, $label, sprintf( $help, $what ), '/commerce-bridge/loymax/' . $feed );
		}
		return $urls;
	}
}
