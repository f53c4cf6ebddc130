<?php
/**
 * oct8ne's adapter: the base URL its platform calls (getAdapterInfo, search, productInfo, …).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Vendors\VendorIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * The adapter base holds no secret: oct8ne sends the API token it issued at link-up with each call,
 * so a new token comes from linking up again, not from a rotation here.
 */
final class IntegrationController extends VendorIntegration {

	public function urls(): array {
		return array(
			array(
				'id'    => 'adapter',
				'label' => __( 'Adapter URL', 'commerce-bridge' ),
				'help'  => __( 'oct8ne calls the shop under this address; link-up tells oct8ne the site, so paste it only where oct8ne support asks for the adapter URL.', 'commerce-bridge' ),
				'url'   => home_url( '/oct8ne/frame/' ),
			),
		);
	}
}
