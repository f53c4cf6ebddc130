<?php
/**
 * Recording the oct8ne session of new orders.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\SaleAttribution;

/**
 * Writes into the plugin's real `{prefix}commerce_bridge_oct8ne_sessions` table (rolled back after each test).
 */
final class SaleAttributionTest extends TestCase {

	private SaleAttribution $attribution;

	protected function setUp(): void {
		parent::setUp();
		$store             = $this->use_store( new FakeStore() );
		$this->attribution = new SaleAttribution( new Oct8neModule( $store, new EventQueue( $store ) ) );
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true ) );
	}

	protected function tearDown(): void {
		unset( $_COOKIE['oct8ne-session'] );
		parent::tearDown();
	}

	public function test_the_session_cookie_is_recorded_once_per_order(): void {
		$_COOKIE['oct8ne-session'] = 'sess-42.A';
		$this->attribution->record( 9001 );
		$_COOKIE['oct8ne-session'] = 'sess-other';
		$this->attribution->record( new class() {
			public function get_id(): int {
				return 9001;
			}
		} );
		$this->assertSame( array( '9001' => 'sess-42.A' ), $this->rows() );
	}

	public function test_the_order_object_of_the_checkout_hook_is_accepted(): void {
		$_COOKIE['oct8ne-session'] = 'sess-7';
		$this->attribution->record( new class() {
			public function get_id(): int {
				return 9002;
			}
		} );
		$this->assertSame( array( '9002' => 'sess-7' ), $this->rows() );
	}

	public function test_missing_malformed_or_overlong_cookies_and_a_disabled_vendor_record_nothing(): void {
		$this->attribution->record( 9003 );
		$_COOKIE['oct8ne-session'] = "x'); DROP TABLE x; --";
		$this->attribution->record( 9003 );
		$_COOKIE['oct8ne-session'] = str_repeat( 'a', 129 );
		$this->attribution->record( 9003 );
		$_COOKIE['oct8ne-session'] = 'fine';
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => false ) );
		$this->attribution->record( 9003 );
		$this->assertSame( array(), $this->rows() );
	}

	/** @return array<string, string> session by order id. */
	private function rows(): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT order_id, session_id FROM %i WHERE order_id > 9000', Tables::name( Tables::OCT8NE_SESSIONS ) ), ARRAY_A );
		return array_column( $rows, 'session_id', 'order_id' );
	}
}
