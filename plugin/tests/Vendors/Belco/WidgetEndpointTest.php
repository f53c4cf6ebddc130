<?php
/**
 * GET commerce-bridge/v1/belco/widget.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\Vendors\Belco\WidgetEndpoint;

/**
 * The uncached answer per caller: guest, customer, staff, another origin, Belco disabled.
 */
final class WidgetEndpointTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const SECRET   = 'endpoint-secret-91c2';

	private FakeStore $fake;
	private WidgetEndpoint $endpoint;

	protected function setUp(): void {
		parent::setUp();
		$this->fake = new FakeStore();
		$store      = $this->use_store( $this->fake );
		$module     = new BelcoModule( $store, new EventQueue( $store ) );
		$module->update(
			array(
				'enabled'    => true,
				'shopId'     => 'shop-9',
				'shopSecret' => self::SECRET,
			)
		);
		$this->fake->cart                       = WidgetConfigTest::cart();
		$this->fake->customers[ self::CUSTOMER ] = array( 'id' => self::CUSTOMER ) + WidgetConfigTest::customer();
		$this->endpoint                         = new WidgetEndpoint( $module, $store );
	}

	public function test_a_guest_gets_the_cart_without_identity_and_no_store(): void {
		$response = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/belco/widget' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'no-store, private', $response->get_headers()['Cache-Control'] );
		$data = json_decode( (string) wp_json_encode( $response->get_data() ), true );
		$this->assertTrue( $data['show'] );
		$this->assertSame( array( 'cart' ), array_keys( $data['config'] ) );
		$this->assertSame( 14, $data['config']['cart']['items'][0]['id'] );
	}

	public function test_a_logged_in_customer_gets_identity_and_a_verifiable_hash(): void {
		wp_set_current_user( self::CUSTOMER );
		$data = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data();
		$json = (string) wp_json_encode( $data );
		$this->assertSame( self::CUSTOMER, $data['config']->id );
		$this->assertSame( hash_hmac( 'sha256', (string) self::CUSTOMER, self::SECRET ), $data['config']->hash );
		$this->assertStringNotContainsString( self::SECRET, $json );
	}

	public function test_shop_staff_do_not_get_the_widget(): void {
		wp_set_current_user( self::ADMIN );
		$this->assertSame( array( 'show' => false ), $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data() );
	}

	public function test_another_origin_is_refused(): void {
		wp_set_current_user( self::CUSTOMER );
		$request = new \WP_REST_Request( 'GET', '/' );
		$request->set_header( 'Origin', 'https://evil.example' );
		$answer = $this->endpoint->answer( $request );
		$this->assertInstanceOf( \WP_Error::class, $answer );
		$this->assertSame( 403, $answer->get_error_data()['status'] );
	}

	public function test_only_this_route_skips_the_rest_nonce_check(): void {
		global $wp;
		$saved = $wp->query_vars;
		try {
			$wp->query_vars['rest_route'] = '/commerce-bridge/v1/belco/widget';
			$this->assertTrue( $this->endpoint->trust_login_cookie( null ) );
			$error = new \WP_Error( 'x' );
			$this->assertSame( $error, $this->endpoint->trust_login_cookie( $error ) );
			$wp->query_vars['rest_route'] = '/commerce-bridge/v1/settings/belco';
			$this->assertNull( $this->endpoint->trust_login_cookie( null ) );
		} finally {
			$wp->query_vars = $saved;
		}
	}

	public function test_disabled_belco_answers_404(): void {
		update_option( 'commerce_bridge_belco', array( 'enabled' => false ) );
		$answer = $this->endpoint->answer( new \WP_REST_Request( 'GET', '/' ) );
		$this->assertSame( 404, $answer->get_error_data()['status'] );
	}
}
