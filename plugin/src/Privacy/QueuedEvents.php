<?php
/**
 * Vendor events queued for a visitor's next page (Events\EventQueue; kept one day at most).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Privacy;

use CommerceBridge\Install\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * The account's events (owner `u:<id>`, or its WooCommerce session `s:<id>`) and any event whose payload
 * holds the e-mail address itself (a Loymax login event identifies the user by e-mail when so configured).
 */
final class QueuedEvents implements DataSource {

	public function id(): string {
		return 'queued-events';
	}

	public function label(): string {
		return __( 'Commerce Bridge queued vendor events', 'commerce-bridge' );
	}

	public function export( string $email, int $page ): array {
		global $wpdb;
		$match = $this->match( $email );
		$rows  = $wpdb->get_results(
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the clause holds placeholders only.
			$wpdb->prepare( "SELECT id, event_type, payload, created_at FROM %i WHERE {$match[0]} ORDER BY id LIMIT %d OFFSET %d", Tables::name( Tables::EVENTS ), ...array_merge( $match[1], array( self::PAGE_SIZE, ( $page - 1 ) * self::PAGE_SIZE ) ) ),
			ARRAY_A
		);
		return array_map(
			static fn ( array $row ) => array(
				'item_id' => 'queued-event-' . $row['id'],
				'data'    => array(
					array(
						'name'  => __( 'Event', 'commerce-bridge' ),
						'value' => $row['event_type'],
					),
					array(
						'name'  => __( 'Content', 'commerce-bridge' ),
						'value' => $row['payload'],
					),
					array(
						'name'  => __( 'Queued', 'commerce-bridge' ),
						'value' => $row['created_at'] . ' UTC',
					),
				),
			),
			$rows
		);
	}

	public function erase( string $email ): int {
		global $wpdb;
		$match = $this->match( $email );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the clause holds placeholders only.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE {$match[0]} LIMIT %d", Tables::name( Tables::EVENTS ), ...array_merge( $match[1], array( self::PAGE_SIZE ) ) ) );
	}

	/**
	 * WHERE clause (placeholders only) and its values for the data subject.
	 *
	 * @param string $email E-mail address.
	 * @return array{0: string, 1: list<string>}
	 */
	private function match( string $email ): array {
		global $wpdb;
		$where  = 'payload LIKE %s';
		$params = array( '%' . $wpdb->esc_like( $email ) . '%' );
		$user   = get_user_by( 'email', $email );
		if ( $user ) {
			$where   .= ' OR owner_key IN (%s, %s)';
			$params[] = 'u:' . $user->ID;
			$params[] = 's:' . $user->ID;
		}
		return array( $where, $params );
	}
}
