<?php
/**
 * Which wishlist oct8ne reads and writes: the shop's (YITH WooCommerce Wishlist) or Commerce Bridge's own.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Decides once per admin page view and plugin (de)activation, and writes the answer into an option the
 * sidecar reads with oct8ne's calls (customerData, addToWishList). The filter
 * `commerce_bridge_oct8ne_wishlist` may override the detected engine with another known one; YITH is
 * used only while its tables exist. A guest's items stay in Commerce Bridge's table until they log in
 * (GuestWishlistMerge): YITH keys a guest's list by its own cookie, which oct8ne's calls do not carry.
 */
final class WishlistEngine implements Registerable {

	public const OPTION = 'commerce_bridge_oct8ne_wishlist';

	/** Commerce Bridge's own table. */
	public const OWN = 'commerce-bridge';

	/** YITH WooCommerce Wishlist (free and premium): `{prefix}yith_wcwl_lists` and `{prefix}yith_wcwl`. */
	public const YITH = 'yith';

	public function register(): void {
		add_action( 'admin_init', array( self::class, 'publish' ) );
		add_action( 'activated_plugin', array( self::class, 'publish' ) );
		add_action( 'deactivated_plugin', array( self::class, 'publish' ) );
	}

	/** The engine in use now. */
	public static function current(): string {
		$detected = defined( 'YITH_WCWL' ) || class_exists( 'YITH_WCWL' ) ? self::YITH : self::OWN;
		/**
		 * Which wishlist oct8ne uses: "yith" or "commerce-bridge".
		 *
		 * @param string $engine The detected engine ("yith" while YITH WooCommerce Wishlist is loaded).
		 */
		$engine = apply_filters( 'commerce_bridge_oct8ne_wishlist', $detected );
		return self::YITH === $engine && YithWishlist::tables_exist() ? self::YITH : self::OWN;
	}

	/** Writes the engine for the sidecar when it changed (an autoloaded option: one read per admin page). */
	public static function publish(): void {
		$engine = self::current();
		if ( get_option( self::OPTION ) !== $engine ) {
			update_option( self::OPTION, $engine, true );
		}
	}
}
