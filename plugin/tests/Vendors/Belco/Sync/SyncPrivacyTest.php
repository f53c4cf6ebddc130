<?php
/**
 * The Belco deliveries log through WordPress's exporters and erasers.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\Sync\DeliveryLog;

/**
 * Sanne (fixture user 2) and Lotte (18) each have a profile call and a refunded-order call in the log;
 * exporting Sanne finds hers, erasing Sanne removes hers and leaves Lotte's and the shop's.
 */
final class SyncPrivacyTest extends TestCase {

	private const SANNE = 2;
	private const LOTTE = 18;

	/** @var array<int, int> user id => one of its orders */
	private array $orders = array();

	protected function setUp(): void {
		parent::setUp();
		$log = new DeliveryLog();
		$log->add( 'connect', 0 );
		foreach ( array( self::SANNE, self::LOTTE ) as $user_id ) {
			$this->orders[ $user_id ] = (int) wc_get_orders( array( 'customer' => $user_id, 'limit' => 1, 'return' => 'ids' ) )[0];
			$log->add( 'customer', $user_id );
			$log->add( 'order-refunded', $this->orders[ $user_id ] );
		}
	}

	/**
	 * Calls our exporter or eraser as WordPress's tools do.
	 *
	 * @param string $tool    'exporters' or 'erasers'.
	 * @param int    $user_id Data subject.
	 */
	private function call( string $tool, int $user_id ): array {
		$tools = apply_filters( 'wp_privacy_personal_data_' . $tool, array() );
		return $tools['commerce-bridge-belco-deliveries']['callback']( get_userdata( $user_id )->user_email, 1 );
	}

	public function test_an_export_finds_the_customers_calls_and_only_theirs(): void {
		$export = $this->call( 'exporters', self::SANNE );
		$this->assertTrue( $export['done'] );
		$calls = array_map( static fn ( array $item ) => $item['data'][0]['value'], $export['data'] );
		$this->assertSame( array( 'customer #' . self::SANNE, 'order-refunded #' . $this->orders[ self::SANNE ] ), $calls );
	}

	public function test_an_erasure_removes_the_customers_calls_and_keeps_everyone_elses(): void {
		global $wpdb;
		$erased = $this->call( 'erasers', self::SANNE );
		$this->assertTrue( $erased['items_removed'] );
		$left = $wpdb->get_results( $wpdb->prepare( 'SELECT kind, subject_id FROM %i ORDER BY id', \CommerceBridge\Install\Tables::name( \CommerceBridge\Install\Tables::BELCO_DELIVERIES ) ), ARRAY_A );
		$this->assertSame(
			array(
				array( 'kind' => 'connect', 'subject_id' => '0' ),
				array( 'kind' => 'customer', 'subject_id' => (string) self::LOTTE ),
				array( 'kind' => 'order-refunded', 'subject_id' => (string) $this->orders[ self::LOTTE ] ),
			),
			$left
		);
	}
}
