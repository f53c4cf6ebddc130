<?php
/**
 * Server-side events delivered to the visitor's next page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

use CommerceBridge\Install\Tables;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Events such as "loggedIn" or "orderPlaced" happen in requests that end in a redirect; they are kept
 * per visitor and printed into `commerceBridge.events` on the next page.
 */
final class EventQueue implements Registerable {

	public const COOKIE = 'commerce_bridge_visitor';

	/** Events older than this are never delivered. */
	private const MAX_AGE = DAY_IN_SECONDS;

	/** User id logged in during this request (wp_signon does not set the current user). */
	private int $login_user_id = 0;

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port (session key).
	 */
	public function __construct( private Store $store ) {
	}

	public function register(): void {
		add_action( 'wp_login', array( $this, 'move_to_user' ), 1, 2 );
	}

	/**
	 * Queues an event for the current visitor.
	 *
	 * @param string $type    Event type, e.g. "loggedIn".
	 * @param array  $payload JSON-serialisable data.
	 */
	public function push( string $type, array $payload ): void {
		global $wpdb;
		$owner = $this->owner_key( true );
		if ( '' === $owner ) {
			return;
		}
		$wpdb->insert(
			Tables::name( Tables::EVENTS ),
			array(
				'owner_key'  => $owner,
				'event_type' => substr( $type, 0, 64 ),
				'payload'    => (string) wp_json_encode( $payload ),
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array( '%s', '%s', '%s', '%s' )
		);
		$this->prune();
	}

	/**
	 * Returns and deletes the current visitor's events, oldest first.
	 *
	 * @return list<array{type: string, payload: array}>
	 */
	public function pull(): array {
		global $wpdb;
		$owner = $this->owner_key( false );
		if ( '' === $owner ) {
			return array();
		}
		$table = Tables::name( Tables::EVENTS );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from Tables.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, event_type, payload FROM {$table} WHERE owner_key = %s AND created_at >= %s ORDER BY id", $owner, $this->cutoff() ), ARRAY_A );
		if ( ! $rows ) {
			return array();
		}
		$ids = array_map( 'intval', array_column( $rows, 'id' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- ids are integers.
		$wpdb->query( "DELETE FROM {$table} WHERE id IN (" . implode( ',', $ids ) . ')' );
		return array_map(
			static fn ( array $row ) => array(
				'type'    => $row['event_type'],
				'payload' => (array) json_decode( $row['payload'], true ),
			),
			$rows
		);
	}

	/**
	 * On login, hands the guest's events to the user and queues later pushes of this request for them.
	 *
	 * @param string   $login Login name (unused).
	 * @param \WP_User $user  The user who logged in.
	 */
	public function move_to_user( string $login, \WP_User $user ): void {
		global $wpdb;
		$guest_keys          = $this->guest_keys( false );
		$this->login_user_id = (int) $user->ID;
		if ( ! $guest_keys ) {
			return;
		}
		$table        = Tables::name( Tables::EVENTS );
		$placeholders = implode( ',', array_fill( 0, count( $guest_keys ), '%s' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name and placeholders only.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET owner_key = %s WHERE owner_key IN ({$placeholders})", 'u:' . $this->login_user_id, ...$guest_keys ) );
	}

	/**
	 * The queue key of the current visitor: u:<user id>, s:<session key> or v:<cookie id>.
	 *
	 * @param bool $create Set the visitor cookie when nothing else identifies the visitor.
	 */
	public function owner_key( bool $create ): string {
		$user_id = $this->login_user_id ? $this->login_user_id : get_current_user_id();
		if ( $user_id ) {
			return 'u:' . $user_id;
		}
		return $this->guest_keys( $create )[0] ?? '';
	}

	/**
	 * Guest keys of this visitor, session first.
	 *
	 * @param bool $create Set the visitor cookie when there is neither session nor cookie.
	 * @return list<string>
	 */
	private function guest_keys( bool $create ): array {
		$keys    = array();
		$session = $this->store->session_customer_key();
		if ( '' !== $session ) {
			$keys[] = 's:' . $session;
		}
		$visitor = $this->visitor_id();
		if ( '' === $visitor && $create && ! $keys ) {
			$visitor = $this->start_visitor();
		}
		if ( '' !== $visitor ) {
			$keys[] = 'v:' . $visitor;
		}
		return $keys;
	}

	/** The visitor cookie's id when well-formed, else ''. */
	private function visitor_id(): string {
		$raw = isset( $_COOKIE[ self::COOKIE ] ) ? sanitize_text_field( wp_unslash( $_COOKIE[ self::COOKIE ] ) ) : '';
		return preg_match( '/^[a-f0-9]{32}$/', $raw ) ? $raw : '';
	}

	/** Creates the visitor cookie (first-party, HttpOnly, one day). */
	private function start_visitor(): string {
		$id = bin2hex( random_bytes( 16 ) );
		if ( ! headers_sent() ) {
			setcookie(
				self::COOKIE,
				$id,
				array(
					'expires'  => time() + self::MAX_AGE,
					'path'     => COOKIEPATH ? COOKIEPATH : '/',
					'domain'   => COOKIE_DOMAIN ? COOKIE_DOMAIN : '',
					'secure'   => is_ssl(),
					'httponly' => true,
					'samesite' => 'Lax',
				)
			);
		}
		$_COOKIE[ self::COOKIE ] = $id;
		return $id;
	}

	/** Deletes undeliverable events. */
	private function prune(): void {
		global $wpdb;
		$table = Tables::name( Tables::EVENTS );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from Tables.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE created_at < %s", $this->cutoff() ) );
	}

	private function cutoff(): string {
		return gmdate( 'Y-m-d H:i:s', time() - self::MAX_AGE );
	}
}
