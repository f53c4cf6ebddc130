<?php
/**
 * Tells oct8ne's back office that a visitor in a conversation changed their cart or wishlist, or logged in
 * or out.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * `POST https://<server>platformConnection/update?visitor=…&what=…` (fact sheet §5.4), sent only while
 * the visitor has a real-time connection (the `oct8ne-visitor` cookie) and without waiting for oct8ne.
 */
final class RealtimeUpdate implements Registerable {

	/** @var array<string, true> what this request already reported. */
	private array $sent = array();

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings (enabled, server host).
	 */
	public function __construct( private Oct8neModule $module ) {
	}

	public function register(): void {
		$cart = fn () => $this->notify( 'cart' );
		add_action( 'woocommerce_add_to_cart', $cart );
		add_action( 'woocommerce_cart_item_removed', $cart );
		add_action( 'woocommerce_after_cart_item_quantity_update', $cart );
		$user = fn () => $this->notify( 'user' );
		add_action( 'wp_login', $user );
		add_action( 'wp_logout', $user );
		$wishlist = fn () => $this->notify( 'wishlist' );
		add_action( GuestWishlistMerge::CHANGED, $wishlist );
		// YITH WooCommerce Wishlist's own add and remove (its AJAX buttons and wishlist page).
		add_action( 'yith_wcwl_added_to_wishlist', $wishlist );
		add_action( 'yith_wcwl_removed_from_wishlist', $wishlist );
	}

	/**
	 * Sends one update per kind and request.
	 *
	 * @param string $what "cart", "wishlist" or "user".
	 */
	public function notify( string $what ): void {
		$visitor = Cookies::get( Cookies::VISITOR );
		if ( '' === $visitor || isset( $this->sent[ $what ] ) || ! $this->module->is_enabled() || ! ( new VendorConsent() )->allows( $this->module, VendorConsent::EVENTS ) ) {
			return;
		}
		$this->sent[ $what ] = true;
		$url                 = add_query_arg(
			array(
				'visitor' => rawurlencode( $visitor ),
				'what'    => rawurlencode( $what ),
			),
			'https://' . Hosts::server( $this->module->values() ) . 'platformConnection/update'
		);
		// Fire and forget: the shopper's request must not wait for oct8ne.
		wp_remote_post(
			$url,
			array(
				'blocking' => false,
				'timeout'  => 1,
			)
		);
	}
}
