<?php
/**
 * Customer data as WooCommerce keeps it (usermeta, session `customer` array, order statistics).
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Reads customers from users/usermeta and their paid orders from the HPOS tables. */
final class Customer {

	/** Order statuses WooCommerce counts as paid (wc_get_is_paid_statuses). */
	public const PAID_STATUSES = array( 'wc-processing', 'wc-completed' );

	private const ADDRESS_FIELDS = array( 'first_name', 'last_name', 'company', 'phone', 'email', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country' );

	/** The 28-key `customer` session array WC_Customer_Data_Store_Session writes. */
	public static function session_data(): array {
		$user_id = get_current_user_id();
		$meta    = static fn( string $key ) => $user_id ? (string) get_user_meta( $user_id, $key, true ) : '';
		$data    = array(
			'id'            => (string) $user_id,
			'date_modified' => '',
		);
		foreach ( self::ADDRESS_FIELDS as $field ) {
			if ( 'address_1' === $field ) {
				$data['address'] = $meta( 'billing_address_1' );
			}
			$data[ $field ] = $meta( 'billing_' . $field );
		}
		$data['country'] = $data['country'] ?: 'NL';
		foreach ( array_diff( self::ADDRESS_FIELDS, array( 'email' ) ) as $field ) {
			if ( 'address_1' === $field ) {
				$data['shipping_address'] = $meta( 'shipping_address_1' );
			}
			$data[ 'shipping_' . $field ] = $meta( 'shipping_' . $field );
		}
		$data['shipping_country'] = $data['shipping_country'] ?: 'NL';
		return $data + array(
			'is_vat_exempt'       => '',
			'calculated_shipping' => '',
			'meta_data'           => array(),
		);
	}

	/** Store::customer() shape, null for an unknown user. */
	public static function profile( int $user_id ): ?array {
		global $wpdb;
		$user = get_userdata( $user_id );
		if ( ! $user ) {
			return null;
		}
		$statuses = implode( ',', array_fill( 0, count( self::PAID_STATUSES ), '%s' ) );
		$stats    = $wpdb->get_row(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- placeholders built above.
				"SELECT COUNT(*) AS order_count, COALESCE(SUM(total_amount), 0) AS total_spent, MAX(date_created_gmt) AS last_order
				FROM {$wpdb->prefix}wc_orders WHERE type = 'shop_order' AND customer_id = %d AND status IN ($statuses)",
				array_merge( array( $user_id ), self::PAID_STATUSES )
			)
		);
		$meta = static fn( string $key ) => (string) get_user_meta( $user_id, $key, true );
		return array(
			'id'          => $user_id,
			'email'       => $user->user_email,
			'first_name'  => $meta( 'first_name' ) ?: $meta( 'billing_first_name' ),
			'last_name'   => $meta( 'last_name' ) ?: $meta( 'billing_last_name' ),
			'phone'       => $meta( 'billing_phone' ),
			'country'     => $meta( 'billing_country' ),
			'registered'  => (int) strtotime( $user->user_registered . ' UTC' ),
			'order_count' => (int) $stats->order_count,
			'total_spent' => round( (float) $stats->total_spent, Money::decimals() ),
			'last_order'  => $stats->last_order ? (int) strtotime( $stats->last_order . ' UTC' ) : null,
			'avatar'      => (string) get_avatar_url( $user_id ),
		);
	}
}
