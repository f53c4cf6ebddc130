<?php
/**
 * Once-only flags in an order's meta, safe against concurrent requests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Two requests may show the same order-received page at once (a reload, a second tab), each having
 * loaded the order, meta included, before either sets the flag. The flag is therefore read from the
 * order's storage, not from this request's copy, while a database lock keeps the other request waiting.
 */
final class OnceFlag {

	/** Seconds to wait for the other request; then this one gives up (no second confirmation). */
	private const LOCK_WAIT = 5;

	/**
	 * Sets $flag on $order; true only when this call set it.
	 *
	 * @param \WC_Order $order The order.
	 * @param string    $flag  Meta key.
	 */
	public static function set( \WC_Order $order, string $flag ): bool {
		global $wpdb;
		// MariaDB and MySQL lock names are at most 64 characters.
		$lock = 'commerce_bridge_once_' . substr( hash( 'sha256', $order->get_id() . '|' . $flag ), 0, 40 );
		if ( '1' !== (string) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $lock, self::LOCK_WAIT ) ) ) {
			return false;
		}
		try {
			if ( self::is_stored( $order, $flag ) ) {
				return false;
			}
			$order->update_meta_data( $flag, gmdate( 'c' ) );
			self::save_flag_only( $order );
			return true;
		} finally {
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
		}
	}

	/**
	 * Saves the new flag row alone, into the posts copy right after the order tables (compatibility sync). The
	 * full order save WooCommerce would add leaves the posts copy behind for a while: a request reading the
	 * order meanwhile copies the posts record back over the order tables (sync on read), the flag with it.
	 *
	 * @param \WC_Order $order The order with the flag set.
	 */
	private static function save_flag_only( \WC_Order $order ): void {
		add_filter( 'woocommerce_orders_table_datastore_should_save_after_meta_change', '__return_false' );
		try {
			$order->save_meta_data();
		} finally {
			remove_filter( 'woocommerce_orders_table_datastore_should_save_after_meta_change', '__return_false' );
		}
	}

	/**
	 * Whether the order's storage (HPOS or posts, whichever is authoritative) holds $flag, past every cache.
	 *
	 * @param \WC_Order $order The order.
	 * @param string    $flag  Meta key.
	 */
	private static function is_stored( \WC_Order $order, string $flag ): bool {
		foreach ( $order->get_data_store()->read_meta( $order ) as $meta ) {
			if ( $flag === $meta->meta_key && '' !== (string) $meta->meta_value ) {
				return true;
			}
		}
		return false;
	}
}
