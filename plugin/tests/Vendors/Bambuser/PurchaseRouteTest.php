<?php
/**
 * GET commerce-bridge/v1/shopper/bambuser-purchase: the claimed order's purchase event, from the real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\SignedSidecar;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\PurchaseRoute;

/**
 * A fixture order with its real key, a wrong key, and input the route refuses before asking anyone.
 */
final class PurchaseRouteTest extends TestCase {

	private const ORDER = 218;

	private static Sidecar $sidecar;

	private BambuserModule $module;

	private PurchaseRoute $route;

	public static function setUpBeforeClass(): void {
		// Committed before the sidecar starts: its Bambuser routes exist only while Bambuser is on.
		self::$sidecar = Sidecar::with_vendor( 'bambuser', array( 'enabled' => true ) );
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		$store        = $this->use_store( new FakeStore() );
		$this->module = new BambuserModule( $store, new EventQueue( $store ) );
		$this->module->update( array( 'enabled' => true ) );
		$this->route = new PurchaseRoute( $this->module, new SignedSidecar( new SidecarClient( self::$sidecar->url() ) ) );
	}

	/**
	 * GET the route through WordPress's REST server, as the plugin registered it (argument checks included).
	 *
	 * @param array $query Query parameters.
	 */
	private function get( array $query ): \WP_REST_Response {
		do_action( 'rest_api_init', rest_get_server() );
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/bambuser-purchase' );
		$request->set_query_params( $query );
		return rest_do_request( $request );
	}

	/**
	 * This test's route (on the test sidecar) answering, past WordPress's checks.
	 *
	 * @param array $query Valid query parameters.
	 */
	private function answer( array $query ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/bambuser-purchase' );
		$request->set_query_params( $query );
		return $this->route->answer( $request );
	}

	public function test_the_order_key_answers_the_orders_purchase_event_uncached(): void {
		$order    = wc_get_order( self::ORDER );
		$response = $this->answer(
			array(
				'order' => (string) self::ORDER,
				'key'   => $order->get_order_key(),
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'no-store, private', $response->get_headers()['Cache-Control'] );
		$event = json_decode( (string) wp_json_encode( $response->get_data() ), true );
		$this->assertSame( $order->get_order_number(), $event['purchase']['id'] );
		$this->assertCount( count( $order->get_items() ), $event['products'] );
	}

	public function test_a_wrong_key_is_a_404(): void {
		$response = $this->answer(
			array(
				'order' => self::ORDER,
				'key'   => 'wc_order_wrong',
			)
		);
		$this->assertSame( 404, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'commerce_bridge_unknown_order', $response->get_data()['code'] );
	}

	public function test_bad_input_is_refused_with_a_400_naming_the_parameter(): void {
		$cases = array(
			'no key'       => array( array( 'order' => self::ORDER ), 'rest_missing_callback_param', 'key' ),
			'order not id' => array( array( 'order' => 'abc', 'key' => 'wc_order_x' ), 'rest_invalid_param', 'order' ),
			'order zero'   => array( array( 'order' => 0, 'key' => 'wc_order_x' ), 'rest_invalid_param', 'order' ),
			'key with /'   => array( array( 'order' => self::ORDER, 'key' => '../x' ), 'rest_invalid_param', 'key' ),
		);
		foreach ( $cases as $name => list( $query, $code, $param ) ) {
			$data = $this->get( $query )->get_data();
			$this->assertSame( $code, $data['code'], $name );
			$this->assertSame( 400, $data['data']['status'], $name );
			$this->assertStringContainsString( $param, (string) wp_json_encode( $data['data']['params'] ), $name );
		}
	}

	public function test_disabled_bambuser_answers_404(): void {
		$this->module->update( array( 'enabled' => false ) );
		$this->assertSame( 'commerce_bridge_disabled', $this->get( array( 'order' => self::ORDER, 'key' => 'wc_order_x' ) )->get_data()['code'] );
	}
}
