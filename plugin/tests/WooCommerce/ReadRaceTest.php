<?php
/**
 * A shopper route reading the cart while the shopper changes it must not undo the change.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Proxy\CircuitBreaker;
use CommerceBridge\Proxy\Forwarder;
use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\ProxyRequest;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Two real requests interleaved in one process: a read (ShopperFacts on the port, as the Belco widget and
 * Bambuser shopper routes read) loads the session, the Store API removes the line meanwhile and saves,
 * then the read finishes, WooCommerce's shutdown writers included. WooCommerce saves a touched session
 * whole; a read that recalculated totals (new shipping package hash) used to write its stale cart back.
 * Not transactional: the sidecar reads over its own connection.
 */
final class ReadRaceTest extends \PHPUnit\Framework\TestCase {

	private const BEANIE = 14;

	private static Sidecar $sidecar;

	private Requests $requests;

	private RowSnapshot $rows;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		$this->requests = new Requests();
		$this->rows     = new RowSnapshot();
		add_filter( 'woocommerce_store_api_disable_nonce_check', '__return_true' );
	}

	protected function tearDown(): void {
		remove_filter( 'woocommerce_store_api_disable_nonce_check', '__return_true' );
		$this->requests->restore();
		$this->rows->restore();
	}

	public function test_a_line_removed_while_a_shopper_route_reads_the_cart_stays_removed(): void {
		$added = $this->store_api( '', 'cart/add-item', array( 'id' => self::BEANIE, 'quantity' => 3 ) );
		$key   = WC()->session->get_customer_id();
		$this->rows->drop_session_afterwards( $key );
		$this->assertSame( array( 3 ), $this->stored_quantities( $key ), 'the Store API saved three beanies' );

		// The read starts: WooCommerce loads the session with its three beanies.
		$this->requests->rest( 0, $key );
		$store = new WooCommerceStore();
		$this->assertCount( 1, $store->cart_lines() );
		$read = array( WC()->session, WC()->cart, WC()->customer );

		// Meanwhile the shopper removes the line (Bambuser's "quantity 0").
		$this->store_api( $key, 'cart/remove-item', array( 'key' => $added['items'][0]['key'] ) );
		$this->assertSame( array(), $this->stored_quantities( $key ), 'the Store API saved the removal' );

		// The read finishes: it answers from what it loaded, and its request ends.
		list( WC()->session, WC()->cart, WC()->customer ) = $read;
		$facts = ( new ShopperFacts( $store, new SidecarClient( self::$sidecar->url() ) ) )->of( 0, true );
		$this->assertSame( 3, $facts['cart']['lines'][0]['quantity'] ?? null, 'the read shows the cart it loaded' );
		$this->shutdown_of_this_request();

		$this->assertSame( array(), $this->stored_quantities( $key ), 'the removal survives the read' );
		$this->assertFalse( $this->snapshot_rows_left(), 'the copy the sidecar read is gone' );
	}

	public function test_a_read_with_recalculated_totals_writes_nothing_to_the_session(): void {
		$this->store_api( '', 'cart/add-item', array( 'id' => self::BEANIE, 'quantity' => 2 ) );
		$key = WC()->session->get_customer_id();
		$this->rows->drop_session_afterwards( $key );
		$before = $this->stored_row( $key );

		$this->requests->rest( 0, $key );
		$facts = ( new ShopperFacts( new WooCommerceStore(), new SidecarClient( self::$sidecar->url() ) ) )->of( 0, true );
		$this->shutdown_of_this_request();

		$this->assertSame( 2, $facts['cart']['lines'][0]['quantity'] ?? null );
		$this->assertSame( $before, $this->stored_row( $key ), 'value and expiry untouched' );
	}

	public function test_a_proxied_call_leaves_the_session_woocommerce_loaded_unwritten(): void {
		$this->store_api( '', 'cart/add-item', array( 'id' => self::BEANIE, 'quantity' => 1 ) );
		$key = WC()->session->get_customer_id();
		$this->rows->drop_session_afterwards( $key );
		// A proxy path is a front-end request: WooCommerce loaded the session and cart at init.
		$this->requests->page( 0, $key );
		$breaker = new CircuitBreaker( new BreakerFile( sys_get_temp_dir() . '/commerce-bridge-breaker-read-race-' . getmypid() . '.json' ), self::$sidecar->url() );
		$proxy   = new Forwarder( new ProxyPaths( array( 'core' ) ), new SidecarClient( self::$sidecar->url() ), new WooCommerceStore(), $breaker );
		$this->assertSame( 200, $proxy->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/identity', '' ), array(), null )->status );
		$this->assertSame( array(), $this->writers_of_this_request(), 'nothing of the session is saved at shutdown' );
	}

	public function test_a_get_of_the_store_api_cart_does_not_undo_a_removal_made_meanwhile(): void {
		$added = $this->store_api( '', 'cart/add-item', array( 'id' => self::BEANIE, 'quantity' => 3 ) );
		$key   = WC()->session->get_customer_id();
		$this->rows->drop_session_afterwards( $key );

		// A re-read (our event source's, the Mini-Cart's): WooCommerce's GET recalculates, so touches the session.
		$this->requests->rest( 0, $key );
		$this->assertSame( 3, rest_do_request( new \WP_REST_Request( 'GET', '/wc/store/v1/cart' ) )->get_data()['items'][0]['quantity'] );
		$read = array( WC()->session, WC()->cart, WC()->customer );

		$this->store_api( $key, 'cart/remove-item', array( 'key' => $added['items'][0]['key'] ) );

		list( WC()->session, WC()->cart, WC()->customer ) = $read;
		$this->shutdown_of_this_request();
		$this->assertSame( array(), $this->stored_quantities( $key ), 'the removal survives the re-read' );
	}

	/**
	 * One Store API request as the browser makes it (session cookie $key, '' for none), ended as WooCommerce
	 * ends it: the session cookie set (PHPUnit sent headers, so WooCommerce skipped it) and the shutdown writers run.
	 *
	 * @param string $key  Session cookie's key.
	 * @param string $path Route below wc/store/v1/.
	 * @param array  $body Body parameters.
	 */
	private function store_api( string $key, string $path, array $body ): array {
		$this->requests->rest( 0, $key );
		$request = new \WP_REST_Request( 'POST', '/wc/store/v1/' . $path );
		$request->set_body_params( $body );
		$response = rest_do_request( $request );
		$this->assertLessThan( 300, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		WC()->session->set_customer_session_cookie( true );
		$this->shutdown_of_this_request();
		return (array) $response->get_data();
	}

	/** Runs WooCommerce's `shutdown` writers of this request (the rest of `shutdown` is PHPUnit's). */
	private function shutdown_of_this_request(): void {
		array_map( 'call_user_func', $this->writers_of_this_request() );
	}

	/** @return list<array{object, string}> `shutdown` callbacks of the current session, customer and cart, in their order. */
	private function writers_of_this_request(): array {
		$hook    = $GLOBALS['wp_filter']['shutdown'] ?? null;
		$owners  = array( WC()->session, WC()->customer, WC()->cart ? WC()->cart->session : null );
		$writers = array();
		foreach ( $hook ? $hook->callbacks : array() as $callbacks ) {
			foreach ( $callbacks as $callback ) {
				$function = $callback['function'];
				if ( is_array( $function ) && in_array( $function[0], $owners, true ) ) {
					$writers[] = $function;
				}
			}
		}
		return $writers;
	}

	/** @return array{session_value: string, session_expiry: string}|null */
	private function stored_row( string $key ): ?array {
		global $wpdb;
		return $wpdb->get_row( $wpdb->prepare( 'SELECT session_value, session_expiry FROM %i WHERE session_key = %s', $wpdb->prefix . 'woocommerce_sessions', $key ), ARRAY_A );
	}

	/** @return list<int> Quantities of the stored cart's lines, read past every cache. */
	private function stored_quantities( string $key ): array {
		$row     = $this->stored_row( $key );
		$session = $row ? (array) maybe_unserialize( $row['session_value'] ) : array();
		$cart    = isset( $session['cart'] ) ? (array) maybe_unserialize( $session['cart'] ) : array();
		return array_values( array_map( static fn ( array $line ) => (int) $line['quantity'], $cart ) );
	}

	private function snapshot_rows_left(): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE session_key LIKE %s', $wpdb->prefix . 'woocommerce_sessions', 'cbs\_%' ) );
	}
}
