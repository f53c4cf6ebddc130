<?php
/**
 * The vendors' integration routes (URLs, rotation, verify) over REST, as real fixture users.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors;

use CommerceBridge\Tests\TestCase;

/**
 * Admin-only routes through WordPress's REST server; each test's option changes are rolled back.
 */
final class IntegrationRestTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;

	protected function setUp(): void {
		parent::setUp();
		update_option( 'commerce_bridge_belco_secrets', array( 'ordersToken' => 'orders-token-5e1d' ), false );
		update_option( 'commerce_bridge_loymax_secrets', array( 'feedToken' => 'feed token/+&' ), false );
	}

	public function test_belco_urls_carry_the_orders_token(): void {
		wp_set_current_user( self::ADMIN );
		$state = $this->call( 'GET', '/settings/belco/integration' )->get_data();
		$this->assertTrue( $state['rotatable'] );
		$this->assertSame(
			array(
				'orders' => home_url( '/commerce-bridge/belco/orders' ) . '?token=orders-token-5e1d',
				'frame'  => home_url( '/commerce-bridge/belco/frame' ) . '?token=orders-token-5e1d',
			),
			array_column( $state['urls'], 'url', 'id' )
		);
		$this->assertSame( array( 'isSet' => true ), $this->call( 'GET', '/settings/belco' )->get_data()['values']['ordersToken'] );
	}

	public function test_every_loymax_feed_has_a_url_with_the_encoded_feed_token(): void {
		wp_set_current_user( self::ADMIN );
		$urls = array_column( $this->call( 'GET', '/settings/loymax/integration' )->get_data()['urls'], 'url', 'id' );
		$this->assertSame( array( 'categories', 'products', 'customers', 'orders' ), array_keys( $urls ) );
		foreach ( $urls as $feed => $url ) {
			$this->assertSame( home_url( '/commerce-bridge/loymax/' . $feed ) . '?token=feed%20token%2F%2B%26', $url );
		}
	}

	public function test_oct8ne_shows_its_adapter_base_and_has_no_rotation_of_its_own(): void {
		wp_set_current_user( self::ADMIN );
		$state = $this->call( 'GET', '/settings/oct8ne/integration' )->get_data();
		$this->assertSame( array( 'adapter' => home_url( '/oct8ne/frame/' ) ), array_column( $state['urls'], 'url', 'id' ) );
		$this->assertFalse( $state['rotatable'] );
		$this->assertSame( 404, $this->call( 'POST', '/settings/oct8ne/rotate-token' )->get_status(), 'its token comes from link-up' );
		$this->assertSame( array(), $this->call( 'GET', '/settings/bambuser/integration' )->get_data()['urls'] );
	}

	public function test_an_unset_token_shows_no_url(): void {
		wp_set_current_user( self::ADMIN );
		update_option( 'commerce_bridge_loymax_secrets', array( 'feedToken' => '' ), false );
		$urls = array_column( $this->call( 'GET', '/settings/loymax/integration' )->get_data()['urls'], 'url' );
		$this->assertSame( array( '', '', '', '' ), $urls );
	}

	public function test_customers_and_guests_get_no_urls_no_rotation_and_no_verify(): void {
		foreach ( array( 'belco', 'loymax', 'oct8ne', 'bambuser' ) as $vendor ) {
			wp_set_current_user( 0 );
			$this->assertSame( 401, $this->call( 'GET', "/settings/$vendor/integration" )->get_status() );
			wp_set_current_user( self::CUSTOMER );
			$this->assertSame( 403, $this->call( 'GET', "/settings/$vendor/integration" )->get_status() );
			$this->assertSame( 403, $this->call( 'POST', "/settings/$vendor/verify" )->get_status() );
		}
		$this->assertSame( 403, $this->call( 'POST', '/settings/loymax/rotate-token' )->get_status() );
		$this->assertSame( 'feed token/+&', get_option( 'commerce_bridge_loymax_secrets' )['feedToken'] );
	}

	public function test_rotation_replaces_the_token_and_answers_the_new_urls(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->call( 'POST', '/settings/loymax/rotate-token' );
		$this->assertSame( 200, $response->get_status() );
		$token = get_option( 'commerce_bridge_loymax_secrets' )['feedToken'];
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{48}$/', $token );
		$this->assertSame( home_url( '/commerce-bridge/loymax/orders' ) . '?token=' . $token, array_column( $response->get_data()['urls'], 'url', 'id' )['orders'] );
		$this->assertSame( 'orders-token-5e1d', get_option( 'commerce_bridge_belco_secrets' )['ordersToken'], 'other vendors keep theirs' );
	}

	public function test_verify_of_a_switched_off_vendor_says_so_without_a_call(): void {
		wp_set_current_user( self::ADMIN );
		update_option( 'commerce_bridge_bambuser', array( 'enabled' => false ) );
		$report = $this->call( 'POST', '/settings/bambuser/verify' )->get_data();
		$this->assertSame( array( false, 0, '/commerce-bridge/bambuser/products' ), array( $report['ok'], $report['status'], $report['path'] ) );
		$this->assertSame( 'Bambuser One-to-One is switched off: switch it on and save, then verify.', $report['message'] );
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
