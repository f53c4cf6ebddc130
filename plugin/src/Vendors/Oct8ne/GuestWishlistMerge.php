<?php
/**
 * A guest's wishlist follows them into their account when they log in.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Events\Emitter;
use CommerceBridge\Install\Tables;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * oct8ne's addToWishList keeps a guest's items under their WooCommerce session key. WooCommerce moves the
 * guest's cart to the customer on the first request after any login (form, checkout, Store API) and
 * then fires `woocommerce_guest_session_to_user_id`; at that moment the wishlist moves too: into the
 * customer's wishlist of the engine in use, each product once, and the guest rows are deleted.
 */
final class GuestWishlistMerge implements Registerable {

	/** Fired after a wishlist changed on the server (also for other wishlist plugins to fire); a commerce event. */
	public const CHANGED = Emitter::WISHLIST_CHANGED_ACTION;

	public function register(): void {
		add_action( 'woocommerce_guest_session_to_user_id', array( $this, 'merge' ), 10, 2 );
	}

	/**
	 * Moves the guest's rows; answers how many products the customer's wishlist gained.
	 *
	 * @param string     $guest_key Former WooCommerce session key.
	 * @param string|int $user_id   The customer's id.
	 */
	public function merge( $guest_key, $user_id ): int {
		global $wpdb;
		$user_id = (int) $user_id;
		if ( $user_id <= 0 || ! is_string( $guest_key ) || ! preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $guest_key ) ) {
			return 0;
		}
		$table = Tables::name( Tables::WISHLIST );
		$ids   = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT product_id FROM %i WHERE owner_type = %s AND owner_key = %s ORDER BY id', $table, 'session', $guest_key ) ) );
		if ( ! $ids ) {
			return 0;
		}
		$added = WishlistEngine::YITH === WishlistEngine::current() ? YithWishlist::add( $user_id, $ids ) : self::into_own( $table, $guest_key, $user_id );
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE owner_type = %s AND owner_key = %s', $table, 'session', $guest_key ) );
		if ( $added > 0 ) {
			do_action( self::CHANGED, $user_id );
		}
		return $added;
	}

	/**
	 * Copies the guest's rows to the customer, skipping products already there (the unique key).
	 *
	 * @param string $table     Wishlist table.
	 * @param string $guest_key Session key.
	 * @param int    $user_id   Customer.
	 */
	private static function into_own( string $table, string $guest_key, int $user_id ): int {
		global $wpdb;
		return (int) $wpdb->query(
			$wpdb->prepare(
				'INSERT IGNORE INTO %i (owner_type, owner_key, product_id, created_at) SELECT %s, %s, product_id, created_at FROM %i WHERE owner_type = %s AND owner_key = %s ORDER BY id',
				$table,
				'user',
				(string) $user_id,
				$table,
				'session',
				$guest_key
			)
		);
	}
}
