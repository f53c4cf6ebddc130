<?php
/**
 * Belco's integration URLs and orders-token rotation over REST.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Tests\TestCase;

/**
 * Admin-only routes through WordPress's REST server, as real fixture users.
 */
final class IntegrationRestTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const TOKEN    = 'orders-token-5e1d';

	protected function setUp(): void {
		parent::setUp();
		update_option( 'commerce_bridge_belco_secrets', array( 'ordersToken' => self::TOKEN ), false );
	}

	public function test_admin_gets_the_exact_urls_with_the_token(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->call( 'GET', '/settings/belco/integration' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'ordersUrl' => home_url( '/commerce-bridge/belco/orders' ) . '?token=' . self::TOKEN,
				'frameUrl'  => home_url( '/commerce-bridge/belco/frame' ) . '?token=' . self::TOKEN,
			),
			$response->get_data()
		);
		$this->assertSame( array( 'isSet' => true ), $this->call( 'GET', '/settings/belco' )->get_data()['values']['ordersToken'] );
	}

	public function test_customers_and_guests_get_neither_urls_nor_rotation(): void {
		$this->assertSame( 401, $this->call( 'GET', '/settings/belco/integration' )->get_status() );
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->call( 'GET', '/settings/belco/integration' )->get_status() );
		$this->assertSame( 403, $this->call( 'POST', '/settings/belco/rotate-orders-token' )->get_status() );
		$this->assertSame( self::TOKEN, get_option( 'commerce_bridge_belco_secrets' )['ordersToken'] );
	}

	public function test_rotation_replaces_the_token_and_answers_the_new_urls(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->call( 'POST', '/settings/belco/rotate-orders-token' );
		$this->assertSame( 200, $response->get_status() );
		$token = get_option( 'commerce_bridge_belco_secrets' )['ordersToken'];
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{48}$/', $token );
		$this->assertNotSame( self::TOKEN, $token );
		$this->assertSame( home_url( '/commerce-bridge/belco/orders' ) . '?token=' . $token, $response->get_data()['ordersUrl'] );
	}

	/**
	 * Dispatches one request through the REST server.
	 *
	 * @param string $method HTTP method.
	 * @param string $route  Route under the namespace.
	 */
	private function call( string $method, string $route ): \WP_REST_Response {
		return rest_get_server()->dispatch( new \WP_REST_Request( $method, '/commerce-bridge/v1' . $route ) );
	}
}
