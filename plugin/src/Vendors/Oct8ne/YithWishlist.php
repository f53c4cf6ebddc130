<?php
/**
 * A customer's default YITH WooCommerce Wishlist, read and written through YITH's tables.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

defined( 'ABSPATH' ) || exit;

/**
 * YITH keeps lists in `{prefix}yith_wcwl_lists` (one `is_default` per user) and items in `{prefix}yith_wcwl`
 * (`prod_id`, `quantity`, `user_id`, `wishlist_id`, `dateadded`); YITH itself is not needed to read them,
 * and the tables are only touched when both exist. The sidecar does the same for oct8ne's calls.
 */
final class YithWishlist {

	public static function tables_exist(): bool {
		global $wpdb;
		foreach ( array( 'yith_wcwl', 'yith_wcwl_lists' ) as $table ) {
			if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . $table ) ) ) !== $wpdb->prefix . $table ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Adds products the user's default list does not hold yet (creating the list as YITH would); answers
	 * how many were added.
	 *
	 * @param int       $user_id     Customer.
	 * @param list<int> $product_ids Products.
	 */
	public static function add( int $user_id, array $product_ids ): int {
		global $wpdb;
		$list  = self::default_list( $user_id );
		$added = 0;
		foreach ( $product_ids as $product_id ) {
			$added += (int) $wpdb->query(
				$wpdb->prepare(
					'INSERT INTO %i (prod_id, quantity, user_id, wishlist_id, dateadded) SELECT %d, 1, %d, %d, %s FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM %i WHERE wishlist_id = %d AND prod_id = %d)',
					$wpdb->prefix . 'yith_wcwl',
					$product_id,
					$user_id,
					$list,
					current_time( 'mysql' ),
					$wpdb->prefix . 'yith_wcwl',
					$list,
					$product_id
				)
			);
		}
		return $added;
	}

	/**
	 * The id of the user's default list, created when missing.
	 *
	 * @param int $user_id Customer.
	 */
	private static function default_list( int $user_id ): int {
		global $wpdb;
		$table = $wpdb->prefix . 'yith_wcwl_lists';
		$found = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT ID FROM %i WHERE user_id = %d AND is_default = 1 ORDER BY ID LIMIT 1', $table, $user_id ) );
		if ( $found > 0 ) {
			return $found;
		}
		$wpdb->insert(
			$table,
			array(
				'user_id'          => $user_id,
				'wishlist_slug'    => '',
				'wishlist_name'    => '',
				'wishlist_token'   => strtoupper( wp_generate_password( 12, false ) ),
				'wishlist_privacy' => 0,
				'is_default'       => 1,
				'dateadded'        => current_time( 'mysql' ),
			),
			array( '%d', '%s', '%s', '%s', '%d', '%d', '%s' )
		);
		return (int) $wpdb->insert_id;
	}
}
