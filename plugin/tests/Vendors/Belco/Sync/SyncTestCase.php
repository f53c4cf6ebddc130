<?php
/**
 * Shared set-up of the Belco sync tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\Sync\Queue;

/**
 * Belco enabled with a shop id and secret on real WooCommerce, its API pointed at a recorder (the
 * commerce_bridge_belco_api_url filter), the plugin's own Triggers and Queue registered as in production;
 * the queue is run with Action Scheduler's runner. Every change is rolled back after each test.
 */
abstract class SyncTestCase extends TestCase {

	protected const SHOP_ID  = 'shop-belco-77';
	protected const SECRET   = 'sync-secret-5d1e';
	protected const CUSTOMER = 2; // Fixture: Sanne, a customer.
	protected const ADMIN    = 1;

	protected static Recorder $recorder;

	public static function setUpBeforeClass(): void {
		self::$recorder = new Recorder( self::SECRET );
	}

	public static function tearDownAfterClass(): void {
		self::$recorder->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		self::$recorder->answer( array() );
		add_filter( 'commerce_bridge_belco_api_url', array( $this, 'recorder_url' ) );
		update_option( 'commerce_bridge_belco_secrets', array( 'shopSecret' => self::SECRET ) );
		update_option(
			'commerce_bridge_belco',
			array(
				'enabled' => true,
				'shopId'  => self::SHOP_ID,
			)
		);
		$this->forget_calls();
	}

	protected function tearDown(): void {
		remove_filter( 'commerce_bridge_belco_api_url', array( $this, 'recorder_url' ) );
		remove_all_filters( 'commerce_bridge_belco_timeout' );
		parent::tearDown();
	}

	public function recorder_url(): string {
		return self::$recorder->url;
	}

	/** Empties the log and cancels queued actions (e.g. the connect that saving the settings queued). */
	protected function forget_calls(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i', Tables::name( Tables::BELCO_DELIVERIES ) ) );
		as_unschedule_all_actions( Queue::HOOK );
	}

	/** @return list<int> pending actions of the queue, oldest first. */
	protected function pending(): array {
		$ids = as_get_scheduled_actions(
			array(
				'hook'     => Queue::HOOK,
				'group'    => Queue::GROUP,
				'status'   => \ActionScheduler_Store::STATUS_PENDING,
				'orderby'  => 'action_id',
				'order'    => 'ASC',
				'per_page' => 100,
			),
			'ids'
		);
		return array_map( 'intval', $ids );
	}

	/** Runs every pending action of the queue once (retries they schedule wait for the next call). */
	protected function run_queue(): void {
		foreach ( $this->pending() as $id ) {
			\ActionScheduler::runner()->process_action( $id, 'phpunit' );
		}
	}

	/** @return list<array<string, string>> the log, oldest first. */
	protected function log(): array {
		global $wpdb;
		return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i ORDER BY id', Tables::name( Tables::BELCO_DELIVERIES ) ), ARRAY_A );
	}

	/**
	 * The recorded requests' decoded bodies.
	 *
	 * @return list<array>
	 */
	protected function bodies(): array {
		return array_map( static fn ( array $request ) => json_decode( $request['body'], true ), self::$recorder->requests() );
	}
}
