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
	private const MANAGER  = 27;

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
				'orgId'   => 'org-2',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$stored = get_option( 'commerce_bridge_bambuser' );
		$this->assertTrue( $stored['enabled'] );
		$this->assertSame( 'us', $stored['region'] );
		$this->assertSame( 'org-2', $stored['orgId'] );
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
		$this->assertSame( $secret, get_option( 'commerce_bridge_oct8ne_secrets' )['apiToken'] );
		$this->assertArrayNotHasKey( 'apiToken', get_option( 'commerce_bridge_oct8ne' ), 'not in the autoloaded option' );

		$this->call( 'POST', '/settings/oct8ne', array( 'license' => 'L' ) );
		$this->assertSame( $secret, get_option( 'commerce_bridge_oct8ne_secrets' )['apiToken'], 'omitted secret unchanged' );

		$cleared = $this->call( 'POST', '/settings/oct8ne', array( 'apiToken' => '' ) );
		$this->assertSame( array( 'isSet' => false ), $cleared->get_data()['values']['apiToken'] );
		$this->assertSame( '', get_option( 'commerce_bridge_oct8ne_secrets' )['apiToken'] );
	}

	/**
	 * Values WordPress's own validation lets through (nulls, coercible strings) or would silently rewrite.
	 *
	 * @return array<string, array{0: string, 1: string, 2: mixed}>
	 */
	public function refused_values(): array {
		return array(
			'null region'           => array( 'oct8ne', 'region', null ),
			'null secret'           => array( 'oct8ne', 'apiToken', null ),
			'string for a boolean'  => array( 'oct8ne', 'enabled', 'true' ),
			'number for a string'   => array( 'oct8ne', 'license', 42 ),
			'markup in a secret'    => array( 'belco', 'shopSecret', '<b>tok</b>' ),
			'NUL byte'              => array( 'belco', 'shopId', "shop\0id" ),
			'line break in text'    => array( 'bambuser', 'orgId', "org\nid" ),
			'surrounding spaces'    => array( 'bambuser', 'queue', ' q ' ),
			'NUL byte in code'      => array( 'loymax', 'trackerSnippet', "a\0b" ),
			'object for a list'     => array( 'bambuser', 'triggers', array( 'a' => 'smart' ) ),
		);
	}

	/**
	 * @dataProvider refused_values
	 *
	 * @param string $vendor Vendor id.
	 * @param string $field  Field name.
	 * @param mixed  $value  Posted value.
	 */
	public function test_a_value_that_cannot_be_stored_as_sent_is_a_400_naming_the_field_and_changes_nothing( string $vendor, string $field, $value ): void {
		wp_set_current_user( self::ADMIN );
		$before   = get_option( 'commerce_bridge_' . $vendor );
		$response = $this->call( 'POST', '/settings/' . $vendor, array( $field => $value ), true );
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( $field, $response->get_data()['data']['params'] );
		$this->assertSame( $before, get_option( 'commerce_bridge_' . $vendor ) );
	}

	public function test_code_fields_are_read_only_and_refused_for_users_without_unfiltered_html(): void {
		add_filter( 'map_meta_cap', array( $this, 'deny_unfiltered_html' ), 10, 2 );
		wp_set_current_user( self::MANAGER );
		$schema = $this->call( 'GET', '/settings/loymax' )->get_data()['schema']['properties'];
		$this->assertTrue( $schema['trackerSnippet']['readOnly'] );
		$this->assertArrayNotHasKey( 'readOnly', $schema['shopId'] );

		$before   = get_option( 'commerce_bridge_loymax' );
		$response = $this->call(
			'POST',
			'/settings/loymax',
			array(
				'shopId'         => 'shop-1',
				'trackerSnippet' => 'alert(document.cookie)',
			)
		);
		$this->assertSame( 403, $response->get_status() );
		$this->assertStringContainsString( 'trackerSnippet', $response->get_data()['message'] );
		$this->assertSame( $before, get_option( 'commerce_bridge_loymax' ) );
		$this->assertSame( 200, $this->call( 'POST', '/settings/loymax', array( 'shopId' => 'shop-1' ) )->get_status() );
		remove_filter( 'map_meta_cap', array( $this, 'deny_unfiltered_html' ), 10 );
	}

	public function test_an_admin_with_unfiltered_html_saves_code_exactly_as_written(): void {
		wp_set_current_user( self::ADMIN );
		$this->assertTrue( current_user_can( 'unfiltered_html' ) );
		$code     = "window.tracker = { shop: {SHOP_ID} };\n\tif ( a < b && c > d ) { go( '%20' ); }";
		$response = $this->call( 'POST', '/settings/loymax', array( 'trackerSnippet' => $code ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $code, get_option( 'commerce_bridge_loymax' )['trackerSnippet'] );
	}

	/**
	 * What DISALLOW_UNFILTERED_HTML (or multisite without super admin) does.
	 *
	 * @param array  $caps Primitive capabilities.
	 * @param string $cap  Meta capability.
	 */
	public function deny_unfiltered_html( array $caps, string $cap ): array {
		return 'unfiltered_html' === $cap ? array( 'do_not_allow' ) : $caps;
	}

	/**
	 * Dispatches one REST request.
	 *
	 * @param string $method HTTP method.
	 * @param string $route  Route under commerce-bridge/v1.
	 * @param array  $body   JSON body.
	 * @param bool   $always Send the body even when empty-looking.
	 */
	private function call( string $method, string $route, array $body = array(), bool $always = false ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, '/commerce-bridge/v1' . $route );
		if ( $body || $always ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		return rest_get_server()->dispatch( $request );
	}
}
