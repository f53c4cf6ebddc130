<?php
/**
 * The settings API's guidance: plain per-field messages, no half-set-up vendor switched on, and each
 * vendor's state and checklist.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Rest;

use CommerceBridge\Health\SidecarHealth;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Rest\VendorChecklist;
use CommerceBridge\Tests\TestCase;

/**
 * Real vendor modules and the real REST server; options roll back after each test. No sidecar runs in
 * this suite, so GET answers carry a failing sidecar line; the live state is built from a sidecar answer.
 */
final class SettingsGuidanceTest extends TestCase {

	private Registry $registry;

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( 1 );
		$this->registry = Plugin::instance()->get( Registry::class );
	}

	public function test_a_dashboard_address_as_the_bambuser_org_id_is_a_400_in_plain_words_and_changes_nothing(): void {
		$before   = get_option( 'commerce_bridge_bambuser' );
		$response = $this->call( '/settings/bambuser', array( 'orgId' => 'https://lcx.bambuser.com/o/abc123/' ) );
		$this->assertSame( 400, $response->get_status() );
		$message = $response->get_data()['data']['params']['orgId'];
		$this->assertStringContainsString( 'not the whole address', $message );
		$this->assertStringNotContainsString( '^', $message, 'no regex in the message' );
		$this->assertSame( $before, get_option( 'commerce_bridge_bambuser' ) );
	}

	public function test_a_bad_value_inside_a_list_names_the_setting_and_the_entry_in_plain_words(): void {
		$before = get_option( 'commerce_bridge_loymax' );
		$map    = array(
			array(
				'match'    => '/promo/*',
				'pageName' => 'promo',
			),
			array(
				'match'    => 'promo page',
				'pageName' => 'x',
			),
		);
		$response = $this->call( '/settings/loymax', array( 'sectionMap' => $map ) );
		$this->assertSame( 400, $response->get_status() );
		$message = $response->get_data()['data']['params']['sectionMap'];
		$this->assertStringStartsWith( 'Sections (PAGE_NAME), entry 2: the match is a page id', $message );
		$this->assertStringNotContainsString( '^', $message, 'no regex in the message' );
		$this->assertSame( $before, get_option( 'commerce_bridge_loymax' ) );
	}

	public function test_an_out_of_enum_choice_names_the_setting_by_its_title(): void {
		$response = $this->call( '/settings/belco', array( 'hashIdentity' => 'phone' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'Identity hashed with: choose one of the offered values.', $response->get_data()['data']['params']['hashIdentity'] );
	}

	public function test_switching_on_oct8ne_with_an_empty_license_is_a_400_naming_it_and_stays_off(): void {
		$this->registry->get( 'oct8ne' )->update(
			array(
				'enabled'  => false,
				'license'  => '',
				'apiToken' => 'tok',
			)
		);
		$response = $this->call( '/settings/oct8ne', array( 'enabled' => true ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array( 'license' => 'License is empty.' ), $response->get_data()['data']['params'] );
		$this->assertFalse( $this->registry->get( 'oct8ne' )->is_enabled() );

		$fixed = $this->call(
			'/settings/oct8ne',
			array(
				'enabled' => true,
				'license' => 'ABC123',
			)
		);
		$this->assertSame( 200, $fixed->get_status() );
		$this->assertTrue( $this->registry->get( 'oct8ne' )->is_enabled() );
	}

	public function test_a_vendor_already_on_may_be_saved_with_enabled_again_while_a_key_is_empty(): void {
		$this->registry->get( 'oct8ne' )->update(
			array(
				'enabled'  => true,
				'license'  => 'LIC1',
				'apiToken' => '',
			)
		);
		// What a restore of earlier settings sends: enabled as it was, with an unset secret cleared.
		$response = $this->call(
			'/settings/oct8ne',
			array(
				'enabled'  => true,
				'apiToken' => '',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'incomplete', $response->get_data()['state'] );
	}

	public function test_clearing_a_key_of_a_switched_on_vendor_is_stored_and_its_state_says_incomplete(): void {
		$this->registry->get( 'belco' )->update(
			array(
				'enabled'     => true,
				'shopId'      => 'shop-1',
				'ordersToken' => 'orders-token',
			)
		);
		$response = $this->call( '/settings/belco', array( 'shopId' => '' ) );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( 'incomplete', $data['state'] );
		$this->assertContains(
			array(
				'id'    => 'key:shopId',
				'ok'    => false,
				'label' => 'Shop id is empty.',
			),
			$data['checklist']
		);
	}

	public function test_a_switched_off_vendor_is_off_whatever_its_keys(): void {
		$this->registry->get( 'bambuser' )->update( array( 'enabled' => false ) );
		$data = $this->get( '/settings' )['bambuser'];
		$this->assertSame( 'off', $data['state'] );
		$this->assertSame( array( 'orgId' ), $data['requiredKeys'] );
		$this->assertFalse( $data['checklist'][0]['ok'] );
		$this->assertSame( 'enabled', $data['checklist'][0]['id'] );
	}

	public function test_a_complete_vendor_is_live_only_while_the_sidecar_answers(): void {
		$module = $this->registry->get( 'bambuser' );
		$module->update(
			array(
				'enabled' => true,
				'orgId'   => 'org-42',
			)
		);
		$up   = VendorChecklist::for_module( $module, new SidecarHealth( true, '1.0.0', 'ok', 3.0, '' ) );
		$down = VendorChecklist::for_module( $module, new SidecarHealth( false, '', null, 1.0, 'refused' ) );
		$this->assertSame( 'live', $up['state'] );
		$this->assertSame( array( true, true, true ), array_column( $up['checklist'], 'ok' ) );
		$this->assertSame( 'incomplete', $down['state'] );
		$this->assertSame( array( 'enabled', 'key:orgId', 'sidecar' ), array_column( $down['checklist'], 'id' ) );
		$this->assertFalse( $down['checklist'][2]['ok'] );
		$this->assertSame( 'incomplete', $this->get( '/settings/bambuser' )['state'], 'no sidecar runs in this suite' );
	}

	public function test_a_stored_value_of_the_wrong_shape_gets_its_own_failing_line(): void {
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled'      => true,
				'license'      => 'LIC1',
				'staticServer' => 'https://static-eu.oct8ne.com/x?y',
			)
		);
		update_option( 'commerce_bridge_oct8ne_secrets', array( 'apiToken' => 'tok' ), false );
		$lines = array_column( $this->get( '/settings/oct8ne' )['checklist'], null, 'id' );
		$this->assertTrue( $lines['key:license']['ok'] );
		$this->assertFalse( $lines['key:staticServer']['ok'] );
		$this->assertStringStartsWith( 'Static server is a host name ending in /', $lines['key:staticServer']['label'] );
	}

	public function test_input_of_the_wrong_kind_names_the_field_by_its_title_and_changes_nothing(): void {
		$before = get_option( 'commerce_bridge_oct8ne' );
		// WordPress's own type check (a number for text) and the strict checks after it (no coercion, no
		// control characters, nothing sanitizing would change) word their problems the same way.
		$typed = $this->call( '/settings/oct8ne', array( 'license' => 42 ) );
		$this->assertSame( array( 'license' => 'License must be text.' ), $typed->get_data()['data']['params'] );
		$strict = $this->call(
			'/settings/oct8ne',
			array(
				'enabled'  => 'true',
				'email'    => '<b>me@example.com</b>',
				'apiToken' => "tok\x07en",
			)
		);
		$this->assertSame( 400, $strict->get_status() );
		$this->assertSame(
			array(
				'enabled'  => 'Enable oct8ne must be switched on or off (true or false).',
				'email'    => 'Linked account must be plain text: no HTML tags, and no spaces at either end.',
				'apiToken' => 'API token contains invisible control characters: type it again rather than pasting it.',
			),
			$strict->get_data()['data']['params']
		);
		$this->assertSame( $before, get_option( 'commerce_bridge_oct8ne' ) );
	}

	/**
	 * GETs a route's data.
	 *
	 * @param string $route Route under commerce-bridge/v1.
	 */
	private function get( string $route ): array {
		return rest_get_server()->dispatch( new \WP_REST_Request( 'GET', '/commerce-bridge/v1' . $route ) )->get_data();
	}

	/**
	 * POSTs a JSON body.
	 *
	 * @param string $route Route under commerce-bridge/v1.
	 * @param array  $body  JSON body.
	 */
	private function call( string $route, array $body ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/commerce-bridge/v1' . $route );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
		return rest_get_server()->dispatch( $request );
	}
}
