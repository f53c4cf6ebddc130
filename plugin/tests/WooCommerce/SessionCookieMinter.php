<?php
/**
 * WooCommerce session cookies for tests, made by WooCommerce's own session handler.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

/**
 * Lets WC_Session_Handler::set_customer_session_cookie() build (and hash) the cookie a browser would
 * carry for a session key, and catches it instead of sending it.
 */
final class SessionCookieMinter extends \WC_Session_Handler {

	/**
	 * The cookie value WooCommerce sets for the session $customer_id.
	 *
	 * @param string $customer_id Session key: a user id or a t_… guest key.
	 * @param int    $expiration  Unix time the session expires; 0 for WooCommerce's default.
	 */
	public function mint( string $customer_id, int $expiration = 0 ): string {
		$this->_customer_id = $customer_id;
		$this->set_session_expiration();
		if ( $expiration ) {
			$this->_session_expiration = $expiration;
			$this->_session_expiring   = $expiration;
		}
		$value   = '';
		$capture = static function ( $enabled, $name, $cookie_value ) use ( &$value ) {
			$value = (string) $cookie_value;
			return false;
		};
		// WooCommerce skips setting a cookie the request already carries.
		$carried = $_COOKIE[ $this->_cookie ] ?? null;
		unset( $_COOKIE[ $this->_cookie ] );
		add_filter( 'woocommerce_set_cookie_enabled', $capture, 10, 3 );
		$this->set_customer_session_cookie( true );
		remove_filter( 'woocommerce_set_cookie_enabled', $capture, 10 );
		if ( null !== $carried ) {
			$_COOKIE[ $this->_cookie ] = $carried;
		}
		return $value;
	}

	/** The cookie's name, as WooCommerce filters it. */
	public function name(): string {
		return $this->_cookie;
	}
}
