<?php
/**
 * The settings REST API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

/**
 * Drives /commerce-bridge/v1/settings through WordPress's REST server as real fixture users.
 */
final class SettingsRestTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;

	public function test_a_customer_is_forbidden(): void {
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->call( 'GET', '/settings' )->get_status() );
		$this->assertSame( 403, $this->call( 'POST', '/settings/oct8ne', array( 'license' => 'x' ) )->get_status() );
		$this->assertSame( 403, $this->call( 'GET', '/status' )->get_status() );
	}

	public function test_a_guest_is_unauthorized(): void {
		$this->assertSame( 401, $this->call( 'GET', '/settings/belco' )->get_status() );
	}

	public function test_admin_reads_every_vendor_in_order(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->call( 'GET', '/settings' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ), array_keys( $data ) );
		$this->assertSame( 'object', $data['bambuser']['schema']['type'] );
		$this->assertSame( 'same-tab', $data['bambuser']['values']['checkoutMode'] );
	}

	public function test_admin_writes_and_omitted_keys_stay(): void {
		wp_set_current_user( self::ADMIN );
		$this->call( 'POST', '/settings/bambuser', array( 'orgId' => 'org-1', 'queue' => 'q-1' ) );
		$response = $this->call(
			'POST',
			'/settings/bambuser',
			array(
				'enabled' => true,
				'region'  => 'us',
				'orgId'   => '<b>org-2</b>',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$stored = get_option( 'commerce_bridge_bambuser' );
		$this->assertTrue( $stored['enabled'] );
		$this->assertSame( 'us', $stored['region'] );
		$this->assertSame( 'org-2', $stored['orgId'], 'sanitized' );
		$this->assertSame( 'q-1', $stored['queue'], 'omitted key unchanged' );
		$this->assertSame( $stored, $response->get_data()['values'] );
	}

	public function test_an_unknown_key_is_a_400_and_changes_nothing(): void {
		wp_set_current_user( self::ADMIN );
		$before   = get_option( 'commerce_bridge_oct8ne' );
		$response = $this->call(
			'POST',
			'/settings/oct8ne',
			array(
				'license' => 'changed',
				'colour'  => 'red',
			)
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertArrayHasKey( 'colour', $response->get_data()['data']['params'] );
		$this->assertSame( $before, get_option( 'commerce_bridge_oct8ne' ) );
	}

	public function test_a_value_outside_the_enum_is_a_400(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->call( 'POST', '/settings/oct8ne', array( 'region' => 'asia' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
	}

	public function test_a_secret_is_stored_but_only_reported_as_set(): void {
		wp_set_current_user( self::ADMIN );
		$secret = 'oct8ne-token-' . wp_generate_password( 12, false );
		$post   = $this->call( 'POST', '/settings/oct8ne', array( 'apiToken' => $secret ) );
		$get    = $this->call( 'GET', '/settings' );
		$this->assertSame( array( 'isSet' => true ), $post->get_data()['values']['apiToken'] );
		$this->assertStringNotContainsString( $secret, wp_json_encode( $post->get_data() ) );
		$this->assertStringNotContainsString( $secret, wp_json_encode( $get->get_data() ) );
		$this->assertSame( $secret, get_option( 'commerce_bridge_oct8ne' )['apiToken'] );

		$this->call( 'POST', '/settings/oct8ne', array( 'license' => 'L' ) );
		$this->assertSame( $secret, get_option( 'commerce_bridge_oct8ne' )['apiToken'], 'omitted secret unchanged' );

		$cleared = $this->call( 'POST', '/settings/oct8ne', array( 'apiToken' => '' ) );
		$this->assertSame( array( 'isSet' => false ), $cleared->get_data()['values']['apiToken'] );
		$this->assertSame( '', get_option( 'commerce_bridge_oct8ne' )['apiToken'] );
	}

	/**
	 * Dispatches one REST request.
	 *
	 * @param string $method HTTP method.
	 * @param string $route  Route under commerce-bridge/v1.
	 * @param array  $body   JSON body.
	 */
	private function call( string $method, string $route, array $body = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, '/commerce-bridge/v1' . $route );
		if ( $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		return rest_get_server()->dispatch( $request );
	}
}
