<?php
/**
 * The visitor's cart lines with Loymax ids, for the storefront bundle.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET commerce-bridge/v1/loymax/cart: after an AJAX or block-cart change the bundle compares two
 * answers to find what was added or removed, with ids resolved here, where the id settings apply.
 * Only product and category ids of the caller's own cart; never cached.
 */
final class CartRoute implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port.
	 * @param Ids   $ids   Id resolver.
	 */
	public function __construct( private Store $store, private Ids $ids ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			'/loymax/cart',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'lines' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	public function lines(): \WP_REST_Response {
		$lines = array();
		foreach ( $this->store->cart()['items'] as $item ) {
			$lines[] = array(
				'key'      => (string) $item['key'],
				'quantity' => (int) $item['quantity'],
			) + $this->ids->line( $item );
		}
		$response = new \WP_REST_Response( array( 'lines' => $lines ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
