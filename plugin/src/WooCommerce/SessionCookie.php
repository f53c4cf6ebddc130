<?php
/**
 * The request's WooCommerce session, as WooCommerce would judge it, without starting it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the request's WooCommerce session cookie the way WC_Session_Handler does.
 *
 * WC_Session_Handler::init_session_cookie() destroys the session a valid cookie names, database row
 * included, when it judges the cookie invalid: expired, naming a customer while nobody is logged in
 * (e.g. a REST call without nonce from a logged-in shopper's browser), or naming another customer.
 * Page requests start the session anyway; our own reads must never be the ones that start it then.
 */
final class SessionCookie {

	/** True when starting WooCommerce's session now would not make it delete a stored session. */
	public static function session_may_start(): bool {
		return self::may_start( self::cookie() );
	}

	/**
	 * The customer key the session would have once started ('' for none, or when it must not start):
	 * the user id for a logged-in user (a guest session is merged into it), else the cookie's guest key.
	 */
	public static function customer_key(): string {
		$cookie = self::cookie();
		if ( ! self::may_start( $cookie ) ) {
			return '';
		}
		if ( is_user_logged_in() ) {
			return (string) get_current_user_id();
		}
		return $cookie['customer_id'] ?? '';
	}

	/**
	 * Whether WooCommerce would keep the session this cookie names (see session_may_start()).
	 *
	 * @param array{customer_id: string, expiration: int}|null $cookie Parsed cookie.
	 */
	private static function may_start( ?array $cookie ): bool {
		if ( null === $cookie ) {
			return true; // No valid cookie: WooCommerce starts a fresh session and deletes nothing.
		}
		if ( time() > $cookie['expiration'] ) {
			return false;
		}
		// Guest keys (t_…) stay valid for anyone; WooCommerce merges them into a customer's session on login.
		return str_starts_with( $cookie['customer_id'], 't_' ) || (string) get_current_user_id() === $cookie['customer_id'];
	}

	/**
	 * The cookie's customer id and expiry when WooCommerce accepts its form and hash, else null.
	 *
	 * @return array{customer_id: string, expiration: int}|null
	 */
	private static function cookie(): ?array {
		// get_session_cookie() parses and verifies the cookie (name, fields, hash) without touching the session.
		$cookie = ( new \WC_Session_Handler() )->get_session_cookie();
		if ( ! is_array( $cookie ) ) {
			return null;
		}
		return array(
			'customer_id' => (string) $cookie[0],
			'expiration'  => (int) $cookie[1],
		);
	}
}
