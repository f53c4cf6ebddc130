<?php
/**
 * Belco's server calls go through Action Scheduler, with retries and backoff.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Vendors\Belco\Sync\DeliveryLog;
use CommerceBridge\Vendors\Belco\Sync\Queue;

/**
 * Uses the shops/connect call (queued by saving the secret) against the recorder: nothing is sent on the
 * saving request; 5xx and timeouts are retried after 60, 120… s up to MAX_ATTEMPTS; refusals are final.
 */
final class SyncQueueTest extends SyncTestCase {

	private function save_secret( string $secret ): void {
		update_option( 'commerce_bridge_belco_secrets', array( 'shopSecret' => $secret ) );
	}

	public function test_saving_the_secret_queues_one_connect_and_sends_nothing_on_that_request(): void {
		self::$recorder->answer( array( array( 'status' => 200, 'delayMs' => 3000 ) ) );
		$start = microtime( true );
		$this->save_secret( 'new-secret' );
		update_option( 'commerce_bridge_belco', array( 'enabled' => true, 'shopId' => 'other-shop' ) );
		$this->assertLessThan( 1.0, microtime( true ) - $start );
		$this->assertSame( array(), self::$recorder->requests() );
		$this->assertSame( array( 'connect' ), array_column( $this->log(), 'kind' ) );
		$this->assertSame( DeliveryLog::QUEUED, $this->log()[0]['status'] );
		$pending = $this->pending();
		$this->assertCount( 1, $pending );
		$this->assertSame( array( (int) $this->log()[0]['id'] ), \ActionScheduler::store()->fetch_action( (string) $pending[0] )->get_args() );
	}

	public function test_a_save_that_changes_neither_shop_id_nor_secret_does_not_connect(): void {
		update_option( 'commerce_bridge_belco_secrets', array( 'shopSecret' => self::SECRET, 'ordersToken' => 'rotated' ) );
		update_option( 'commerce_bridge_belco', array( 'enabled' => false, 'shopId' => self::SHOP_ID ) );
		$this->assertSame( array(), $this->log() );
	}

	public function test_connect_is_signed_over_the_exact_body_and_delivered(): void {
		$this->save_secret( self::SECRET . '-x' );
		$this->save_secret( self::SECRET ); // Queued once: the untried call reads the latest settings.
		$this->run_queue();
		$requests = self::$recorder->requests();
		$this->assertCount( 1, $requests );
		$this->assertSame( array( 'POST', '/shops/connect' ), array( $requests[0]['method'], $requests[0]['path'] ) );
		$this->assertTrue( $requests[0]['signatureValid'], 'X-Signature is the HMAC-SHA256 of the body with the shop secret' );
		$this->assertSame( hash_hmac( 'sha256', $requests[0]['body'], self::SECRET ), $requests[0]['headers']['x-signature'] );
		$this->assertSame( self::SHOP_ID, $requests[0]['headers']['x-shop-id'] );
		$this->assertSame( 'application/json', $requests[0]['headers']['content-type'] );
		$this->assertSame( array( 'id' => self::SHOP_ID, 'type' => 'woocommerce', 'url' => site_url() ), json_decode( $requests[0]['body'], true ) );
		$this->assertSame( array( DeliveryLog::DELIVERED, '1', '200', '' ), array_values( array_intersect_key( $this->log()[0], array_flip( array( 'status', 'attempts', 'http_status', 'last_error' ) ) ) ) );
		$this->assertSame( array(), $this->pending() );
	}

	public function test_server_errors_are_retried_with_exponential_backoff_until_delivered(): void {
		self::$recorder->answer( array( array( 'status' => 500 ), array( 'status' => 503 ), array( 'status' => 200, 'body' => array( 'success' => true ) ) ) );
		$this->save_secret( 'retry-secret' );
		foreach ( array( 60, 120 ) as $attempt => $delay ) {
			$before = time();
			$this->run_queue();
			$row = $this->log()[0];
			$this->assertSame( array( DeliveryLog::RETRYING, (string) ( $attempt + 1 ) ), array( $row['status'], $row['attempts'] ) );
			$this->assertStringContainsString( 'Belco answered 50', $row['last_error'] );
			$next = $this->pending();
			$this->assertCount( 1, $next );
			$when = \ActionScheduler::store()->fetch_action( (string) $next[0] )->get_schedule()->get_date()->getTimestamp();
			$this->assertEqualsWithDelta( $before + $delay, $when, 2 );
		}
		$this->run_queue();
		$this->assertSame( array( DeliveryLog::DELIVERED, '3', '' ), array( $this->log()[0]['status'], $this->log()[0]['attempts'], $this->log()[0]['last_error'] ) );
		$this->assertCount( 3, self::$recorder->requests() );
		$this->assertSame( array(), $this->pending() );
	}

	public function test_a_timeout_is_retried_and_reported(): void {
		add_filter( 'commerce_bridge_belco_timeout', static fn () => 1 );
		self::$recorder->answer( array( array( 'status' => 200, 'delayMs' => 2500 ) ) );
		$this->save_secret( 'slow-secret' );
		$this->run_queue();
		$row = $this->log()[0];
		$this->assertSame( DeliveryLog::RETRYING, $row['status'] );
		$this->assertStringStartsWith( 'Belco could not be reached:', $row['last_error'] );
		$this->assertSame( '0', $row['http_status'] );
		$this->assertCount( 1, $this->pending() );
	}

	public function test_attempts_are_bounded(): void {
		self::$recorder->answer( array_fill( 0, Queue::MAX_ATTEMPTS + 2, array( 'status' => 502 ) ) );
		$this->save_secret( 'down-secret' );
		for ( $round = 0; $round < Queue::MAX_ATTEMPTS + 2; $round++ ) {
			$this->run_queue();
		}
		$this->assertCount( Queue::MAX_ATTEMPTS, self::$recorder->requests() );
		$this->assertSame( array( DeliveryLog::FAILED, (string) Queue::MAX_ATTEMPTS ), array( $this->log()[0]['status'], $this->log()[0]['attempts'] ) );
		$this->assertSame( array(), $this->pending() );
	}

	public function test_a_refusal_is_final_and_its_message_shown_in_the_belco_tab(): void {
		self::$recorder->answer( array( array( 'status' => 200, 'body' => array( 'success' => false, 'message' => 'Unknown shop id' ) ) ) );
		$this->save_secret( 'wrong-secret' );
		$this->run_queue();
		$this->assertSame( array(), $this->pending() );
		wp_set_current_user( self::ADMIN );
		$response = rest_do_request( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/settings/belco/deliveries' ) );
		$this->assertSame( 200, $response->get_status() );
		$connection = $response->get_data()['connection'];
		$this->assertSame( array( 'connect', DeliveryLog::FAILED, 1, 'Belco answered 200: Unknown shop id' ), array( $connection['kind'], $connection['status'], $connection['attempts'], $connection['lastError'] ) );
		$this->assertSame( $connection, $response->get_data()['deliveries'][0] );
	}

	public function test_the_deliveries_view_is_for_shop_managers_only(): void {
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, rest_do_request( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/settings/belco/deliveries' ) )->get_status() );
	}

	public function test_the_log_keeps_the_newest_finished_calls_and_every_unsent_one(): void {
		$log = new DeliveryLog();
		$ids = array();
		for ( $i = 0; $i < DeliveryLog::KEEP + 5; $i++ ) {
			$ids[] = $log->add( 'customer', 1000 + $i );
		}
		foreach ( array_slice( $ids, 1 ) as $id ) {
			$log->record( $id, DeliveryLog::DELIVERED, 1, new \CommerceBridge\Vendors\Belco\Sync\Answer( 'delivered', 200, '' ) );
		}
		$log->add( 'customer', 1 );
		$rows = $this->log();
		$this->assertCount( DeliveryLog::KEEP, array_filter( $rows, static fn ( $row ) => DeliveryLog::DELIVERED === $row['status'] ) );
		$this->assertSame( (string) $ids[0], $rows[0]['id'], 'a call still to be sent is never dropped' );
		$this->assertSame( (string) end( $ids ), $rows[ count( $rows ) - 2 ]['id'] );
	}
}
