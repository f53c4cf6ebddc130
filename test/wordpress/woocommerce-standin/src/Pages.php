<?php
/**
 * WooCommerce's pages (shop, cart, checkout, my account) from the fixture's page id options.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Page ids, URLs and "which WooCommerce page is this" for the current request. */
final class Pages {

	private const OPTIONS = array(
		'shop'      => 'woocommerce_shop_page_id',
		'cart'      => 'woocommerce_cart_page_id',
		'checkout'  => 'woocommerce_checkout_page_id',
		'myaccount' => 'woocommerce_myaccount_page_id',
	);

	/** Page id for 'shop', 'cart', 'checkout' or 'myaccount' (0 when unknown). */
	public static function id( string $page ): int {
		return isset( self::OPTIONS[ $page ] ) ? (int) get_option( self::OPTIONS[ $page ], 0 ) : 0;
	}

	/** Absolute URL of a store page; 'order_received' is the prefix of order-received URLs. */
	public static function url( string $page ): string {
		if ( 'order_received' === $page ) {
			return trailingslashit( self::url( 'checkout' ) ) . 'order-received/';
		}
		if ( 'shop' === $page ) {
			return (string) get_post_type_archive_link( 'product' );
		}
		$id = self::id( $page );
		return $id ? (string) get_permalink( $id ) : '';
	}

	/** True on the given store page. */
	public static function is( string $page ): bool {
		$id = self::id( $page );
		return $id > 0 && is_page( $id );
	}

	/** Order id of the order-received endpoint, 0 elsewhere. */
	public static function received_order_id(): int {
		return self::is( 'checkout' ) ? absint( get_query_var( 'order-received' ) ) : 0;
	}
}
