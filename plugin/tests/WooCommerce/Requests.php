<?php
/**
 * New storefront and REST requests, played inside the one PHPUnit process.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

/**
 * WordPress boots once per PHPUnit run (as a frontend request, so WooCommerce has already loaded a guest
 * session and cart). rest() and page() reset what WooCommerce keeps per request — WC()->session, cart
 * and customer, the session cookie, the current user, the "cart loaded from session" and "totals
 * calculated" flags — and restore() puts back the boot state with every hook the requests added.
 */
final class Requests {

	/** @var array<string, \WP_Hook> */
	private array $filters;

	/** @var array<string, int> */
	private array $actions;

	private array $cookies;

	/** @var array{0: mixed, 1: mixed, 2: mixed} */
	private array $woocommerce;

	private SessionCookieMinter $minter;

	public function __construct() {
		global $wp_filter, $wp_actions;
		$this->filters     = array_map( static fn ( \WP_Hook $hook ) => clone $hook, $wp_filter );
		$this->actions     = $wp_actions;
		$this->cookies     = $_COOKIE;
		$this->woocommerce = array( WC()->session, WC()->cart, WC()->customer );
		$this->minter      = new SessionCookieMinter();
		// Headers went out with PHPUnit's first line; WooCommerce would only warn about cookies.
		add_filter( 'woocommerce_set_cookie_enabled', '__return_false' );
	}

	/**
	 * A request WooCommerce has not started a session for yet, as a REST request to our routes.
	 *
	 * @param int    $user_id     Logged-in user, 0 for nobody.
	 * @param string $session_key Session named by the request's cookie ('' for no cookie).
	 */
	public function rest( int $user_id, string $session_key = '' ): void {
		wp_set_current_user( $user_id );
		unset( $_COOKIE[ $this->minter->name() ] );
		if ( '' !== $session_key ) {
			$_COOKIE[ $this->minter->name() ] = $this->minter->mint( $session_key );
		}
		WC()->session  = null;
		WC()->cart     = null;
		WC()->customer = null;
		unset( $GLOBALS['wp_actions']['woocommerce_load_cart_from_session'], $GLOBALS['wp_actions']['woocommerce_after_calculate_totals'] );
	}

	/**
	 * A storefront page request: WooCommerce itself starts the session and the cart (WooCommerce::includes()).
	 *
	 * @param int    $user_id     Logged-in user, 0 for nobody.
	 * @param string $session_key Session named by the request's cookie ('' for no cookie).
	 */
	public function page( int $user_id, string $session_key = '' ): void {
		$this->rest( $user_id, $session_key );
		wc_load_cart();
	}

	/** True while the session table holds a row for $session_key (read past every cache). */
	public static function session_row_exists( string $session_key ): bool {
		global $wpdb;
		$table = $wpdb->prefix . 'woocommerce_sessions';
		return null !== $wpdb->get_var( $wpdb->prepare( 'SELECT session_key FROM %i WHERE session_key = %s', $table, $session_key ) );
	}

	/** Back to the state WordPress booted with. */
	public function restore(): void {
		$GLOBALS['wp_filter']  = $this->filters;
		$GLOBALS['wp_actions'] = $this->actions;
		$_COOKIE               = $this->cookies;
		WC()->session  = $this->woocommerce[0];
		WC()->cart     = $this->woocommerce[1];
		WC()->customer = $this->woocommerce[2];
	}
}
