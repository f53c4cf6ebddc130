<?php
/**
 * GET commerce-bridge/v1/shopper/belco-widget.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\Vendors\Belco\WidgetEndpoint;

/**
 * The uncached answer per caller: guest, customer, staff, another origin, a login cookie without
 * its nonce, Belco disabled, the sidecar down. The shopper's facts come from the real sidecar.
 */
final class WidgetEndpointTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2; // Fixture: Sanne.
	private const SECRET   = 'endpoint-secret-91c2';

	private static Sidecar $sidecar;

	private FakeStore $fake;
	private BelcoModule $module;
	private WidgetEndpoint $endpoint;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		$this->fake              = new FakeStore();
		$this->fake->session_key = 't_172b68a7e2f4c9dcf34f79013961ad'; // Fixture: hoodie, beanies, cap.
		$store                   = $this->use_store( $this->fake );
		$this->module            = new BelcoModule( $store, new EventQueue( $store ) );
		$this->module->update(
			array(
				'enabled'    => true,
				'shopId'     => 'shop-9',
				'shopSecret' => self::SECRET,
			)
		);
		$this->endpoint = $this->endpoint_on( self::$sidecar->url() );
	}

	private function endpoint_on( string $sidecar_url ): WidgetEndpoint {
		return new WidgetEndpoint( $this->module, $this->fake, new ShopperFacts( $this->fake, new SidecarClient( $sidecar_url ) ) );
	}

	public function test_a_guest_gets_the_cart_without_identity_and_no_store(): void {
		$response = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/belco-widget' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'no-store, private', $response->get_headers()['Cache-Control'] );
		$data = json_decode( (string) wp_json_encode( $response->get_data() ), true );
		$this->assertTrue( $data['show'] );
		$this->assertSame( array( 'cart' ), array_keys( $data['config'] ) );
		$this->assertSame( array( 11, 14, 16 ), array_column( $data['config']['cart']['items'], 'id' ) );
	}

	public function test_a_logged_in_customer_gets_identity_and_a_verifiable_hash(): void {
		wp_set_current_user( self::CUSTOMER );
		$data = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data();
		$json = (string) wp_json_encode( $data );
		$this->assertSame( self::CUSTOMER, $data['config']->id );
		$this->assertSame( hash_hmac( 'sha256', (string) self::CUSTOMER, self::SECRET ), $data['config']->hash );
		$this->assertStringNotContainsString( self::SECRET, $json );
	}

	/** A guest order in the port's shape, placed by the fake session. */
	private function place_guest_order( int $customer_id = 0 ): void {
		$this->fake->orders[501]  = array(
			'id'          => 501,
			'number'      => 'N-501',
			'status'      => 'processing',
			'currency'    => 'EUR',
			'total'       => 42.5,
			'customer_id' => $customer_id,
			'email'       => 'guest@example.org',
			'created'     => 1764000000,
			'billing'     => array(
				'first_name' => 'Gijs',
				'last_name'  => 'Gast',
				'phone'      => '+31 6 1234',
				'country'    => 'nl',
			),
		);
		$this->fake->placed_order = 501;
	}

	public function test_a_guest_who_checked_out_in_this_session_is_identified_by_the_order_and_nothing_is_claimed(): void {
		$this->place_guest_order();
		$data   = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data();
		$config = (array) $data['config'];
		$this->assertSame( 'guest@example.org', $config['email'] );
		$this->assertSame( array( 'Gijs', 'Gast', 'Gijs Gast', '+31 6 1234', 'NL' ), array( $config['firstName'], $config['lastName'], $config['name'], $config['phoneNumber'], $config['country'] ) );
		$this->assertArrayNotHasKey( 'id', $config );
		// hashIdentity is "id", but a guest has none: Belco identifies them by e-mail, which the hash covers.
		$this->assertSame( hash_hmac( 'sha256', 'guest@example.org', self::SECRET ), $config['hash'] );
		// `Order Completed` is the order-placed route's (OrderCompleted): the widget's answer neither carries nor claims it.
		$this->assertSame( array( 'show', 'config' ), array_keys( $data ) );
		$this->assertSame( array(), $this->fake->order_flags );
		$again = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data();
		$this->assertSame( 'guest@example.org', $again['config']->email, 'still identified on later pages' );
	}

	public function test_another_page_or_another_account_gets_nothing_of_the_placed_order(): void {
		$this->place_guest_order();
		$request = new \WP_REST_Request( 'GET', '/' );
		$request->set_header( 'Sec-Fetch-Site', 'cross-site' );
		$this->assertSame( array( 'cart' ), array_keys( (array) $this->endpoint->answer( $request )->get_data()['config'] ) );
		wp_set_current_user( self::CUSTOMER );
		$data = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data();
		$this->assertSame( self::CUSTOMER, $data['config']->id, 'a customer is themselves, not the guest' );
		$this->assertNotSame( 'guest@example.org', $data['config']->email );
	}

	public function test_shop_staff_do_not_get_the_widget(): void {
		wp_set_current_user( self::ADMIN );
		$this->assertSame( array( 'show' => false ), $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data() );
	}

	public function test_a_request_from_another_site_or_origin_gets_the_guest_answer(): void {
		wp_set_current_user( self::CUSTOMER );
		foreach ( array( 'cross-site', 'same-site' ) as $site ) {
			$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/belco-widget' );
			$request->set_header( 'Sec-Fetch-Site', $site );
			$data = json_decode( (string) wp_json_encode( $this->endpoint->answer( $request )->get_data() ), true );
			$this->assertSame( array( 'cart' ), array_keys( $data['config'] ), $site );
			$this->assertSame( array(), $data['config']['cart']['items'], 'another page gets nothing of the session' );
		}
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/belco-widget' );
		$request->set_header( 'Sec-Fetch-Site', 'same-origin' );
		$this->assertSame( self::CUSTOMER, $this->endpoint->answer( $request )->get_data()['config']->id );
	}

	public function test_another_origin_is_refused(): void {
		wp_set_current_user( self::CUSTOMER );
		$request = new \WP_REST_Request( 'GET', '/' );
		$request->set_header( 'Origin', 'https://evil.example' );
		$answer = $this->endpoint->answer( $request );
		$this->assertInstanceOf( \WP_Error::class, $answer );
		$this->assertSame( 403, $answer->get_error_data()['status'] );
	}

	public function test_a_login_cookie_without_its_nonce_is_refused_not_served_as_a_guest(): void {
		// What WordPress leaves when a valid login cookie came without X-WP-Nonce: the cookie was
		// valid, the current user was reset to 0. Answering as a guest is what wiped carts.
		$GLOBALS['wp_rest_auth_cookie'] = true;
		try {
			$answer = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) );
			$this->assertInstanceOf( \WP_Error::class, $answer );
			$this->assertSame( 401, $answer->get_error_data()['status'] );
			wp_set_current_user( self::CUSTOMER );
			$this->assertSame( 200, $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_status() );
		} finally {
			unset( $GLOBALS['wp_rest_auth_cookie'] );
		}
	}

	public function test_the_route_is_registered_with_its_permission_check(): void {
		do_action( 'rest_api_init' );
		$routes = rest_get_server()->get_routes();
		$this->assertArrayHasKey( '/commerce-bridge/v1/shopper/belco-widget', $routes );
		$permission = $routes['/commerce-bridge/v1/shopper/belco-widget'][0]['permission_callback'];
		$this->assertInstanceOf( WidgetEndpoint::class, $permission[0] );
		$this->assertSame( 'permission', $permission[1] );
	}

	public function test_disabled_belco_answers_404(): void {
		update_option( 'commerce_bridge_belco', array( 'enabled' => false ) );
		$answer = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) );
		$this->assertSame( 404, $answer->get_error_data()['status'] );
	}

	public function test_without_the_sidecar_the_answer_is_a_503_to_retry(): void {
		$response = $this->endpoint_on( 'http://127.0.0.1:' . Upstream::free_port() )->answer( new \WP_REST_Request( 'GET', '/' ) );
		$this->assertSame( 503, $response->get_status() );
		$this->assertSame( '5', $response->get_headers()['Retry-After'] );
		$this->assertSame( 'no-store, private', $response->get_headers()['Cache-Control'] );
	}
}
