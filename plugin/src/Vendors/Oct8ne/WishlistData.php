<?php
/**
 * A customer's wishlist (oct8ne's addToWishList, kept by the sidecar in the plugin's table).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Install\Tables;
use CommerceBridge\Privacy\DataSource;

defined( 'ABSPATH' ) || exit;

/**
 * Rows of the account with this e-mail. A guest's wishlist is keyed by their WooCommerce session only,
 * which no e-mail address leads to; WooCommerce deletes such sessions within days.
 */
final class WishlistData implements DataSource {

	public function id(): string {
		return 'wishlist';
	}

	public function label(): string {
		return __( 'Commerce Bridge wishlist', 'commerce-bridge' );
	}

	public function export( string $email, int $page ): array {
		global $wpdb;
		$user = get_user_by( 'email', $email );
		if ( ! $user ) {
			return array();
		}
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT id, product_id, created_at FROM %i WHERE owner_type = %s AND owner_key = %s ORDER BY id LIMIT %d OFFSET %d',
				Tables::name( Tables::WISHLIST ),
				'user',
				(string) $user->ID,
				self::PAGE_SIZE,
				( $page - 1 ) * self::PAGE_SIZE
			),
			ARRAY_A
		);
		return array_map(
			static fn ( array $row ) => array(
				'item_id' => 'wishlist-' . $row['id'],
				'data'    => array(
					array(
						'name'  => __( 'Product', 'commerce-bridge' ),
						'value' => get_the_title( (int) $row['product_id'] ) . ' (#' . $row['product_id'] . ')',
					),
					array(
						'name'  => __( 'Added', 'commerce-bridge' ),
						'value' => $row['created_at'] . ' UTC',
					),
				),
			),
			$rows
		);
	}

	public function erase( string $email ): int {
		global $wpdb;
		$user = get_user_by( 'email', $email );
		if ( ! $user ) {
			return 0;
		}
		return (int) $wpdb->query(
			$wpdb->prepare( 'DELETE FROM %i WHERE owner_type = %s AND owner_key = %s LIMIT %d', Tables::name( Tables::WISHLIST ), 'user', (string) $user->ID, self::PAGE_SIZE )
		);
	}
}
