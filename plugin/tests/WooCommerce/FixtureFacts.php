<?php
/**
 * What WooCommerce's own API says about the fixture store, in the port's shapes.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

/**
 * The expected answers of the contract suite (and the data the fake is seeded with). Each fact is read
 * through a WooCommerce API other than the one the port uses where WooCommerce offers one.
 */
final class FixtureFacts {

	/**
	 * The lines of a stored session's cart, read from the session table through WC_Session_Handler.
	 *
	 * @param string $session_key Fixture session key.
	 * @return list<array<string, mixed>> Store::cart_lines() shapes.
	 */
	public static function cart_lines( string $session_key ): array {
		$stored = ( new \WC_Session_Handler() )->get_session( $session_key, array() );
		$cart   = maybe_unserialize( $stored['cart'] ?? '' );
		$lines  = array();
		foreach ( is_array( $cart ) ? $cart : array() as $key => $line ) {
			$lines[] = array(
				'key'          => (string) $key,
				'product_id'   => (int) $line['product_id'],
				'variation_id' => (int) $line['variation_id'],
				'quantity'     => (int) $line['quantity'],
				'category_ids' => self::category_ids( (int) $line['product_id'] ),
			);
		}
		return $lines;
	}

	/**
	 * Category term ids of a product, from the taxonomy, ascending.
	 *
	 * @param int $product_id A product (not a variation).
	 * @return list<int>
	 */
	public static function category_ids( int $product_id ): array {
		$ids = wp_get_post_terms( $product_id, 'product_cat', array( 'fields' => 'ids' ) );
		$ids = is_array( $ids ) ? array_map( 'intval', $ids ) : array();
		sort( $ids );
		return $ids;
	}

	/**
	 * A product's featured image at $size: its own thumbnail, a variation without one shows its parent's.
	 *
	 * @param int    $product_id Product or variation.
	 * @param string $size       Registered image size.
	 */
	public static function image_url( int $product_id, string $size ): string {
		$image = get_post_thumbnail_id( $product_id );
		if ( ! $image ) {
			$image = get_post_thumbnail_id( wp_get_post_parent_id( $product_id ) );
		}
		return $image ? (string) wp_get_attachment_image_url( $image, $size ) : '';
	}

	/**
	 * Profile and paid-order statistics of a customer: orders in paid statuses placed by the account or with
	 * its e-mail as billing e-mail (WC_Order_Query's `customer` matches either), totals net of refunds.
	 *
	 * @param int $user_id Registered customer.
	 * @return array<string, mixed> id, email, phone, country, order_count, total_spent, last_order (Unix seconds|null), keys sorted.
	 */
	public static function customer( int $user_id ): array {
		$customer = new \WC_Customer( $user_id );
		$paid     = wc_get_orders(
			array(
				'customer' => array( $user_id, $customer->get_email() ),
				'status'   => wc_get_is_paid_statuses(),
				'limit'    => -1,
			)
		);
		$spent    = 0.0;
		foreach ( $paid as $order ) {
			$refunds = array_map( static fn ( \WC_Order_Refund $refund ) => (float) $refund->get_amount(), $order->get_refunds() );
			$spent  += (float) $order->get_total() - array_sum( $refunds );
		}
		$created = array_map( static fn ( \WC_Order $order ) => $order->get_date_created()->getTimestamp(), $paid );
		$facts   = array(
			'id'          => $user_id,
			'email'       => $customer->get_email(),
			'phone'       => $customer->get_billing_phone(),
			'country'     => $customer->get_billing_country(),
			'order_count' => count( $paid ),
			'total_spent' => $spent,
			'last_order'  => $created ? max( $created ) : null,
		);
		ksort( $facts );
		return $facts;
	}

	/**
	 * One order in the port's shape.
	 *
	 * @param int $order_id Fixture order.
	 * @return array<string, mixed>
	 */
	public static function order( int $order_id ): array {
		$order = wc_get_order( $order_id );
		return array(
			'id'          => $order_id,
			'number'      => $order->get_order_number(),
			'status'      => $order->get_status(),
			'currency'    => $order->get_currency(),
			'total'       => (float) $order->get_total(),
			'customer_id' => $order->get_customer_id(),
			'email'       => $order->get_billing_email(),
			'created'     => $order->get_date_created()->getTimestamp(),
			'billing'     => array(
				'first_name' => $order->get_billing_first_name(),
				'last_name'  => $order->get_billing_last_name(),
				'phone'      => $order->get_billing_phone(),
				'country'    => $order->get_billing_country(),
			),
		);
	}

	/**
	 * An order's key as WooCommerce stored it (HPOS operational data), read without WooCommerce's API.
	 *
	 * @param int $order_id Fixture order.
	 */
	public static function order_key( int $order_id ): string {
		global $wpdb;
		return (string) $wpdb->get_var( $wpdb->prepare( "SELECT order_key FROM {$wpdb->prefix}wc_order_operational_data WHERE order_id = %d", $order_id ) );
	}
}
