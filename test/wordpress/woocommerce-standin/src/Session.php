<?php
/**
 * The WooCommerce customer session: cookie format, HMAC check and the woocommerce_sessions row.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/**
 * Emulates WC_Session_Handler: cookie `wp_woocommerce_session_<COOKIEHASH>` =
 * `customer_id||expiration||expiring||hmac`, guest keys `t_<30 hex>`, logged-in users keyed by user id,
 * values stored individually serialized and the row written at shutdown when something changed.
 */
final class Session {

	private static ?Session $current = null;

	private string $customer_id;
	private int $expiration;
	private int $expiring;
	private array $data       = array();
	private bool $dirty       = false;
	private bool $has_cookie  = false;

	/** Hooks. */
	public static function register(): void {
		add_action( 'shutdown', static fn() => self::$current?->save(), 20 );
		add_action( 'wp_logout', static fn() => self::current()->destroy() );
		// Like WooCommerce: guests get nonces bound to their session for woocommerce* actions.
		add_filter(
			'nonce_user_logged_out',
			static function ( $uid, $action ) {
				$session = self::current();
				return $session->has_cookie && str_starts_with( (string) $action, 'woocommerce' ) ? $session->customer_id : $uid;
			},
			10,
			2
		);
	}

	/** The session of this request, started on first use (after WordPress knows the user). */
	public static function current(): self {
		if ( ! self::$current ) {
			self::$current = new self();
		}
		return self::$current;
	}

	/** Cookie name WooCommerce uses. */
	public static function cookie_name(): string {
		return 'wp_woocommerce_session_' . COOKIEHASH;
	}

	private function __construct() {
		$cookie = $this->read_cookie();
		$user   = (string) get_current_user_id();
		if ( $cookie && $this->cookie_valid( $cookie[0], (int) $cookie[1], $user ) ) {
			list( $this->customer_id, $this->expiration, $this->expiring ) = array( $cookie[0], (int) $cookie[1], (int) $cookie[2] );
			$this->has_cookie = true;
			$this->data       = $this->load( $this->customer_id );
			if ( '0' !== $user && $user !== $this->customer_id ) {
				$this->adopt_guest_session( $user );
			}
			if ( time() > $this->expiring ) {
				$this->set_expiration();
				$this->dirty = true;
			}
			return;
		}
		$this->set_expiration();
		$this->customer_id = '0' !== $user ? $user : 't_' . substr( md5( random_bytes( 32 ) ), 2 );
		$this->data        = '0' !== $user ? $this->load( $user ) : array();
	}

	/** Customer key (user id or t_… guest key). */
	public function customer_id(): string {
		return $this->customer_id;
	}

	/** True when the visitor carries (or was just given) a session cookie, or is logged in. */
	public function exists(): bool {
		return $this->has_cookie || is_user_logged_in();
	}

	/** A session value, unserialized. */
	public function get( string $key, $fallback = null ) {
		return isset( $this->data[ $key ] ) ? maybe_unserialize( $this->data[ $key ] ) : $fallback;
	}

	/** Stores a value serialized on its own, as WC_Session::set() does. */
	public function set( string $key, $value ): void {
		if ( null === $value ) {
			unset( $this->data[ $key ] );
		} else {
			$this->data[ $key ] = maybe_serialize( $value );
		}
		$this->dirty = true;
	}

	/** Sends the session cookie (WC does this when the cart first gets something). */
	public function set_cookie(): void {
		$this->has_cookie = true;
		$to_hash          = $this->customer_id . '|' . $this->expiration;
		$value            = $this->customer_id . '||' . $this->expiration . '||' . $this->expiring . '||' . hash_hmac( 'md5', $to_hash, wp_hash( $to_hash ) );
		if ( ( $_COOKIE[ self::cookie_name() ] ?? '' ) !== $value && ! headers_sent() ) {
			setcookie( self::cookie_name(), $value, $this->expiration, COOKIEPATH ?: '/', COOKIE_DOMAIN, false, true );
		}
		$_COOKIE[ self::cookie_name() ] = $value;
	}

	/** Writes the row when something changed (WC_Session_Handler::save_data). */
	public function save(): void {
		global $wpdb;
		if ( ! $this->dirty || ! $this->exists() ) {
			return;
		}
		$wpdb->query(
			$wpdb->prepare(
				"INSERT INTO {$wpdb->prefix}woocommerce_sessions (session_key, session_value, session_expiry) VALUES (%s, %s, %d)
				ON DUPLICATE KEY UPDATE session_value = VALUES(session_value), session_expiry = VALUES(session_expiry)",
				$this->customer_id,
				maybe_serialize( $this->data ),
				$this->expiration
			)
		);
		$this->dirty = false;
	}

	/** Deletes the row and the cookie; the visitor continues with a fresh guest key. */
	public function destroy(): void {
		global $wpdb;
		$wpdb->delete( $wpdb->prefix . 'woocommerce_sessions', array( 'session_key' => $this->customer_id ) );
		if ( ! headers_sent() ) {
			setcookie( self::cookie_name(), '', time() - YEAR_IN_SECONDS, COOKIEPATH ?: '/', COOKIE_DOMAIN, false, true );
		}
		unset( $_COOKIE[ self::cookie_name() ] );
		$this->data        = array();
		$this->dirty       = false;
		$this->has_cookie  = false;
		$this->customer_id = 't_' . substr( md5( random_bytes( 32 ) ), 2 );
	}

	/** Parsed, HMAC-checked cookie or null. */
	private function read_cookie(): ?array {
		$value = isset( $_COOKIE[ self::cookie_name() ] ) ? wp_unslash( $_COOKIE[ self::cookie_name() ] ) : '';
		$parts = is_string( $value ) ? explode( '||', $value ) : array();
		if ( count( $parts ) < 4 || '' === $parts[0] ) {
			return null;
		}
		$to_hash = $parts[0] . '|' . $parts[1];
		return hash_equals( hash_hmac( 'md5', $to_hash, wp_hash( $to_hash ) ), $parts[3] ) ? $parts : null;
	}

	/** Expired, logged out of a user session, or another user's session: not valid (guest sessions are). */
	private function cookie_valid( string $customer_id, int $expiration, string $user ): bool {
		$guest = str_starts_with( $customer_id, 't_' );
		return time() <= $expiration && ( $guest || $customer_id === $user );
	}

	/**
	 * On login WooCommerce moves the guest session to the user id: the guest's data becomes the user's
	 * session row and the guest row is deleted.
	 */
	private function adopt_guest_session( string $user ): void {
		global $wpdb;
		$guest             = $this->customer_id;
		$this->customer_id = $user;
		$this->dirty       = true;
		$this->save();
		$wpdb->delete( $wpdb->prefix . 'woocommerce_sessions', array( 'session_key' => $guest ) );
		$this->set_cookie();
		do_action( 'woocommerce_guest_session_to_user_id', $guest, $user );
	}

	private function load( string $customer_id ): array {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( "SELECT session_value FROM {$wpdb->prefix}woocommerce_sessions WHERE session_key = %s", $customer_id ) );
		$data  = null === $value ? array() : maybe_unserialize( $value );
		return is_array( $data ) ? $data : array();
	}

	private function set_expiration(): void {
		$this->expiring   = time() + 47 * HOUR_IN_SECONDS;
		$this->expiration = time() + 48 * HOUR_IN_SECONDS;
	}
}
