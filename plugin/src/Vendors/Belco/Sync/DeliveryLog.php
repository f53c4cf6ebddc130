<?php
/**
 * The bounded log of Belco's server calls.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Install\Tables;

defined( 'ABSPATH' ) || exit;

/**
 * One row per call (kind, the user or order id it is about, status, attempts, last error, times) in
 * `{prefix}commerce_bridge_belco_deliveries`. It holds ids only: the body is built when the call is sent,
 * from the data of that moment. Finished rows beyond the newest KEEP are dropped.
 */
final class DeliveryLog {

	public const KEEP = 200;

	/** Seconds after which an untried call no longer stands in for a new one. */
	public const STALE = HOUR_IN_SECONDS;

	public const QUEUED    = 'queued';
	public const RETRYING  = 'retrying';
	public const DELIVERED = 'delivered';
	public const FAILED    = 'failed';

	/**
	 * Logs a new call, queued; returns its id (0 when the row could not be written).
	 *
	 * @param string $kind    Payloads kind.
	 * @param int    $subject User or order id, 0 for the shop.
	 */
	public function add( string $kind, int $subject ): int {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$wpdb->insert(
			self::table(),
			array(
				'kind'        => $kind,
				'subject_id'  => $subject,
				'status'      => self::QUEUED,
				'attempts'    => 0,
				'http_status' => 0,
				'last_error'  => '',
				'created_at'  => $now,
				'updated_at'  => $now,
			),
			array( '%s', '%d', '%s', '%d', '%d', '%s', '%s', '%s' )
		);
		$id = (int) $wpdb->insert_id;
		$this->prune();
		return $id;
	}

	/**
	 * Whether the same call waits untried: it will read the latest data when sent, so another is not needed.
	 * Only within STALE seconds, so a row whose action was cancelled in Tools → Scheduled Actions blocks nothing.
	 *
	 * @param string $kind    Payloads kind.
	 * @param int    $subject User or order id.
	 */
	public function waiting( string $kind, int $subject ): bool {
		global $wpdb;
		$since = gmdate( 'Y-m-d H:i:s', time() - self::STALE );
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE kind = %s AND subject_id = %d AND status = %s AND created_at > %s LIMIT 1', self::table(), $kind, $subject, self::QUEUED, $since ) );
	}

	/**
	 * One row, null when unknown.
	 *
	 * @param int $id Row id.
	 */
	public function get( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', self::table(), $id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Records an attempt.
	 *
	 * @param int    $id       Row id.
	 * @param string $status   New status.
	 * @param int    $attempts Attempts made so far.
	 * @param Answer $answer   The attempt's answer.
	 */
	public function record( int $id, string $status, int $attempts, Answer $answer ): void {
		global $wpdb;
		$wpdb->update(
			self::table(),
			array(
				'status'      => $status,
				'attempts'    => $attempts,
				'http_status' => $answer->status,
				'last_error'  => mb_substr( $answer->error, 0, 255 ),
				'updated_at'  => current_time( 'mysql', true ),
			),
			array( 'id' => $id ),
			array( '%s', '%d', '%d', '%s', '%s' ),
			array( '%d' )
		);
	}

	/**
	 * The newest rows, newest first; only $kind when given.
	 *
	 * @param int    $limit How many.
	 * @param string $kind  Payloads kind, '' for all.
	 * @return list<array<string, string>>
	 */
	public function recent( int $limit, string $kind = '' ): array {
		global $wpdb;
		$query = '' === $kind
			? $wpdb->prepare( 'SELECT * FROM %i ORDER BY id DESC LIMIT %d', self::table(), $limit )
			: $wpdb->prepare( 'SELECT * FROM %i WHERE kind = %s ORDER BY id DESC LIMIT %d', self::table(), $kind, $limit );
		return (array) $wpdb->get_results( $query, ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared just above.
	}

	/**
	 * Rows about a user (customer calls) or its orders (track events), oldest first: for privacy exports.
	 *
	 * @param int       $user_id   User id, 0 for none.
	 * @param list<int> $order_ids Order ids.
	 * @param int       $limit     How many.
	 * @param int       $offset    From.
	 * @return list<array<string, string>>
	 */
	public function about( int $user_id, array $order_ids, int $limit, int $offset ): array {
		global $wpdb;
		list( $where, $values ) = self::about_clause( $user_id, $order_ids );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the clause holds placeholders only.
		return (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE {$where} ORDER BY id LIMIT %d OFFSET %d", self::table(), ...array_merge( $values, array( $limit, $offset ) ) ), ARRAY_A );
	}

	/**
	 * Deletes up to $limit rows about a user or its orders; returns how many went.
	 *
	 * @param int       $user_id   User id, 0 for none.
	 * @param list<int> $order_ids Order ids.
	 * @param int       $limit     How many at most.
	 */
	public function forget( int $user_id, array $order_ids, int $limit ): int {
		global $wpdb;
		list( $where, $values ) = self::about_clause( $user_id, $order_ids );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the clause holds placeholders only.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE {$where} LIMIT %d", self::table(), ...array_merge( $values, array( $limit ) ) ) );
	}

	/**
	 * WHERE clause (placeholders only) and its values for the rows about a user and its orders.
	 *
	 * @param int       $user_id   User id.
	 * @param list<int> $order_ids Order ids.
	 * @return array{0: string, 1: list<int|string>}
	 */
	private static function about_clause( int $user_id, array $order_ids ): array {
		$where  = '(kind IN (%s, %s) AND subject_id = %d)';
		$values = array( Payloads::CUSTOMER, Payloads::CUSTOMER_DELETE, $user_id );
		if ( $order_ids ) {
			$where .= ' OR (kind LIKE %s AND subject_id IN (' . implode( ',', array_fill( 0, count( $order_ids ), '%d' ) ) . '))';
			$values = array_merge( $values, array( 'order-%' ), $order_ids );
		}
		return array( "({$where})", $values );
	}

	/** Drops finished rows older than the newest KEEP finished ones; calls still to be sent stay. */
	private function prune(): void {
		global $wpdb;
		$table = self::table();
		$cut   = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM %i WHERE status IN (%s, %s) ORDER BY id DESC LIMIT 1 OFFSET %d', $table, self::DELIVERED, self::FAILED, self::KEEP ) );
		if ( $cut > 0 ) {
			$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE status IN (%s, %s) AND id <= %d', $table, self::DELIVERED, self::FAILED, $cut ) );
		}
	}

	private static function table(): string {
		return Tables::name( Tables::BELCO_DELIVERIES );
	}
}
