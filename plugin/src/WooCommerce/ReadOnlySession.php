<?php
/**
 * Reading WooCommerce's session without ever writing it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce saves a touched session whole at shutdown (WC_Customer::save, then
 * WC_Session_Handler::save_data), and any changed value touches it: a REST read that loads the cart
 * recalculates its totals, whose shipping package hash differs from the Store API's. Such a read wrote
 * back the whole cart it had loaded, over a change the shopper made meanwhile (Bambuser's "quantity 0"
 * came back as 3). So a read unhooks those writers, and the sidecar reads the cart this request
 * recalculated from a short-lived copy under a key of its own, never from a write to the shopper's row.
 */
final class ReadOnlySession {

	/** Key prefix of the copies; WooCommerce's own keys are user ids or start with t_. */
	public const PREFIX = 'cbs_';

	/** Seconds a copy outlives a request that died before dropping it (the sidecar reads unexpired rows only). */
	private const LIFETIME = 60;

	/** What the sidecar reads of a session (sidecar/src/woocommerce/sessions/sessions-repository.ts). */
	private const KEYS = array( 'cart', 'cart_totals', 'applied_coupons', 'customer', 'chosen_shipping_methods' );

	/** This request ends without saving WooCommerce's session, customer or cart cookies. */
	public static function keep_unwritten(): void {
		if ( ! function_exists( 'WC' ) || null === WC()->session ) {
			return;
		}
		remove_action( 'shutdown', array( WC()->session, 'save_data' ), 20 );
		if ( WC()->customer ) {
			remove_action( 'shutdown', array( WC()->customer, 'save' ), 10 );
		}
		if ( WC()->cart ) {
			remove_action( 'shutdown', array( WC()->cart->session, 'maybe_set_cart_cookies' ), 0 );
		}
	}

	/**
	 * A copy of what the sidecar reads of $session as this request holds it; its key.
	 *
	 * @param \WC_Session $session WooCommerce's session, loaded.
	 */
	public static function copy( \WC_Session $session ): string {
		global $wpdb;
		$data = array();
		foreach ( self::KEYS as $name ) {
			$value = $session->get( $name );
			if ( null !== $value ) {
				$data[ $name ] = maybe_serialize( $value );
			}
		}
		// 4 + 28 characters: WooCommerce's session_key column holds 32.
		$key = self::PREFIX . bin2hex( random_bytes( 14 ) );
		$row = array(
			'session_key'    => $key,
			'session_value'  => maybe_serialize( $data ),
			'session_expiry' => time() + self::LIFETIME,
		);
		return false === $wpdb->insert( self::table(), $row, array( '%s', '%s', '%d' ) ) ? '' : $key;
	}

	/**
	 * Deletes a copy made by copy(); any other key is left alone.
	 *
	 * @param string $key Key copy() returned.
	 */
	public static function drop( string $key ): void {
		global $wpdb;
		if ( str_starts_with( $key, self::PREFIX ) ) {
			$wpdb->delete( self::table(), array( 'session_key' => $key ), array( '%s' ) );
		}
	}

	private static function table(): string {
		global $wpdb;
		return $wpdb->prefix . 'woocommerce_sessions';
	}
}
