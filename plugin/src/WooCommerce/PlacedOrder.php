<?php
/**
 * Remembers, in the WooCommerce session, the order that session placed.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce forgets who checked out as a guest once the order is placed; the session that placed it is
 * the only proof a later request comes from that guest (Store::placed_order_id() reads it back). Both
 * checkouts record it: the classic form and the block checkout's Store API.
 */
final class PlacedOrder implements Registerable {

	public const SESSION_KEY = 'commerce_bridge_placed_order';

	public function register(): void {
		add_action( 'woocommerce_checkout_order_processed', array( $this, 'remember' ), 10, 3 );
		add_action( 'woocommerce_store_api_checkout_order_processed', array( $this, 'remember' ) );
	}

	/**
	 * Records the order in the session that placed it.
	 *
	 * @param int|\WC_Order $order The order, or its id (classic checkout).
	 */
	public function remember( $order ): void {
		$order_id = $order instanceof \WC_Order ? $order->get_id() : absint( $order );
		if ( $order_id && WC()->session ) {
			WC()->session->set( self::SESSION_KEY, $order_id );
		}
	}
}
