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
use CommerceBridge\Tests\Support\OwnEmitter;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\SaleAttribution;

/**
 * Fires WooCommerce's order hooks through the commerce events (Events\Emitter) and reads the plugin's real
 * `{prefix}commerce_bridge_oct8ne_sessions` table (rolled back after each test).
 */
final class SaleAttributionTest extends TestCase {

	use OwnEmitter;

	private Oct8neModule $module;

	protected function setUp(): void {
		parent::setUp();
		$store        = $this->use_store( new FakeStore() );
		$this->module = new Oct8neModule( $store, new EventQueue( $store ) );
		$this->request();
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true ) );
	}

	protected function tearDown(): void {
		$this->restore_signals();
		unset( $_COOKIE['oct8ne-session'] );
		parent::tearDown();
	}

	public function test_the_session_cookie_is_recorded_once_per_order(): void {
		$_COOKIE['oct8ne-session'] = 'sess-42.A';
		do_action( 'woocommerce_new_order', 9001, null );
		$this->request();
		$_COOKIE['oct8ne-session'] = 'sess-other';
		do_action( 'woocommerce_checkout_order_created', self::order( 9001 ) );
		$this->assertSame( array( '9001' => 'sess-42.A' ), $this->rows() );
	}

	public function test_the_order_object_of_the_checkout_hook_is_accepted(): void {
		$_COOKIE['oct8ne-session'] = 'sess-7';
		do_action( 'woocommerce_checkout_order_created', self::order( 9002 ) );
		$this->assertSame( array( '9002' => 'sess-7' ), $this->rows() );
	}

	public function test_missing_malformed_or_overlong_cookies_and_a_disabled_vendor_record_nothing(): void {
		do_action( 'woocommerce_new_order', 9003, null );
		foreach ( array( "x'); DROP TABLE x; --", str_repeat( 'a', 129 ), 'fine' ) as $cookie ) {
			if ( 'fine' === $cookie ) {
				update_option( 'commerce_bridge_oct8ne', array( 'enabled' => false ) );
			}
			$_COOKIE['oct8ne-session'] = $cookie;
			$this->request();
			do_action( 'woocommerce_new_order', 9003, null );
		}
		$this->assertSame( array(), $this->rows() );
	}

	/** A new request: its own emitter, with oct8ne's sale attribution subscribed. */
	private function request(): void {
		$this->own_emitter( new FakeStore(), array( array( $this->module, new SaleAttribution( $this->module ) ) ) );
	}

	/**
	 * What the classic checkout hook passes: the order object.
	 *
	 * @param int $id Order id.
	 */
	private static function order( int $id ): object {
		return new class( $id ) {
			/**
			 * Constructor.
			 *
			 * @param int $id Order id.
			 */
			public function __construct( private int $id ) {
			}

			public function get_id(): int {
				return $this->id;
			}
		};
	}

	/** @return array<string, string> session by order id. */
	private function rows(): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT order_id, session_id FROM %i WHERE order_id > 9000', Tables::name( Tables::OCT8NE_SESSIONS ) ), ARRAY_A );
		return array_column( $rows, 'session_id', 'order_id' );
	}
}
