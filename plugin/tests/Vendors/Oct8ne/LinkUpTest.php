<?php
/**
 * oct8ne link-up against a local stand-in of oct8ne's endpoint.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Tests\TestCase;

/**
 * Drives POST /commerce-bridge/v1/settings/oct8ne/link-up through WordPress's REST server; the request
 * crosses real HTTP to a `php -S` server playing oct8ne.
 */
final class LinkUpTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const ROUTE    = '/commerce-bridge/v1/settings/oct8ne/link-up';

	private static Upstream $oct8ne;

	public static function setUpBeforeClass(): void {
		self::$oct8ne = new Upstream( __DIR__ . '/linkup-standin.php' );
	}

	public static function tearDownAfterClass(): void {
		self::$oct8ne->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'commerce_bridge_oct8ne_linkup_url', array( $this, 'standin_url' ) );
		wp_set_current_user( self::ADMIN );
	}

	protected function tearDown(): void {
		remove_filter( 'commerce_bridge_oct8ne_linkup_url', array( $this, 'standin_url' ) );
		parent::tearDown();
	}

	public function standin_url(): string {
		return self::$oct8ne->url . '/platformConnection/linkup';
	}

	public function test_success_stores_token_license_hosts_and_email_but_never_the_password(): void {
		$response = $this->link( 'pascal@example.com', 'secret' );
		$this->assertSame( 200, $response->get_status() );
		$values = $response->get_data()['values'];
		$this->assertSame( '3BDFF5329C414EBCB116CCE1CE1AD807', $values['license'] );
		$this->assertSame( array( 'isSet' => true ), $values['apiToken'], 'the token is never returned' );
		$this->assertSame( 'backoffice-eu.oct8ne.com/', $values['server'], 'scheme removed, trailing slash added' );
		$this->assertSame( 'static-eu.oct8ne.com/', $values['staticServer'] );
		$this->assertSame( 'pascal@example.com', $values['email'] );
		$stored = get_option( 'commerce_bridge_oct8ne' ) + get_option( 'commerce_bridge_oct8ne_secrets' );
		$this->assertSame( '61958072A1B2C3D4E5F60718293A4B5C', $stored['apiToken'] );
		$this->assertStringNotContainsString( 'secret', serialize( $stored ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- inspecting the stored option.
	}

	public function test_camel_case_keys_are_read_and_missing_hosts_fall_back_to_the_region(): void {
		update_option( 'commerce_bridge_oct8ne', array( 'server' => 'old.example/' ) + get_option( 'commerce_bridge_oct8ne', array() ) );
		$values = $this->link( 'camel@example.com', 'any' )->get_data()['values'];
		$this->assertSame( 'ABCDEF0123456789ABCDEF0123456789', $values['license'] );
		$this->assertSame( '', $values['server'], 'a link-up without Server clears the old host' );
	}

	public function test_wrong_credentials_are_a_400_with_oct8nes_message_and_change_nothing(): void {
		$before   = get_option( 'commerce_bridge_oct8ne' );
		$response = $this->link( 'pascal@example.com', 'wrong' );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'commerce_bridge_oct8ne_rejected', $response->get_data()['code'] );
		$this->assertStringContainsString( 'Wrong e-mail or password', $response->get_data()['message'] );
		$this->assertSame( $before, get_option( 'commerce_bridge_oct8ne' ) );
	}

	public function test_a_malformed_answer_is_a_502(): void {
		$response = $this->link( 'html@example.com', 'secret' );
		$this->assertSame( 502, $response->get_status() );
		$this->assertSame( 'commerce_bridge_oct8ne_malformed', $response->get_data()['code'] );
	}

	public function test_an_oct8ne_server_error_is_a_502_with_its_status(): void {
		$response = $this->link( 'nobody@example.com', 'secret' );
		$this->assertSame( 502, $response->get_status() );
		$this->assertStringContainsString( '503', $response->get_data()['message'] );
	}

	public function test_an_unreachable_oct8ne_is_a_502(): void {
		$closed = 'http://127.0.0.1:' . Upstream::free_port() . '/platformConnection/linkup';
		add_filter( 'commerce_bridge_oct8ne_linkup_url', static fn () => $closed, 20 );
		$response = $this->link( 'pascal@example.com', 'secret' );
		$this->assertSame( 502, $response->get_status() );
		$this->assertSame( 'commerce_bridge_oct8ne_unreachable', $response->get_data()['code'] );
	}

	public function test_bad_input_is_a_400_and_customers_are_forbidden(): void {
		$this->assertSame( 400, $this->link( 'not-an-email', 'secret' )->get_status() );
		$this->assertSame( 400, $this->link( 'pascal@example.com', '' )->get_status() );
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->link( 'pascal@example.com', 'secret' )->get_status() );
	}

	public function test_unlink_forgets_token_license_hosts_and_email_and_keeps_the_rest(): void {
		$this->link( 'pascal@example.com', 'secret' );
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true, 'region' => 'us', 'loading' => 'manual' ) + get_option( 'commerce_bridge_oct8ne' ) );
		$response = rest_get_server()->dispatch( new \WP_REST_Request( 'DELETE', self::ROUTE ) );
		$this->assertSame( 200, $response->get_status() );
		$values = $response->get_data()['values'];
		$this->assertSame( array( 'isSet' => false ), $values['apiToken'] );
		$this->assertSame( array( '', '', '', '' ), array( $values['license'], $values['server'], $values['staticServer'], $values['email'] ) );
		$this->assertSame( array( true, 'us', 'manual' ), array( $values['enabled'], $values['region'], $values['loading'] ) );
		$this->assertSame( '', get_option( 'commerce_bridge_oct8ne_secrets' )['apiToken'] );
		$module = \CommerceBridge\Plugin::instance()->get( \CommerceBridge\Registry::class )->get( 'oct8ne' );
		$this->assertSame( '', $module->public_config()['license'], 'the storefront gets no license, so no widget' );
	}

	public function test_customers_cannot_unlink(): void {
		$this->link( 'pascal@example.com', 'secret' );
		$before = get_option( 'commerce_bridge_oct8ne' ) + get_option( 'commerce_bridge_oct8ne_secrets' );
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, rest_get_server()->dispatch( new \WP_REST_Request( 'DELETE', self::ROUTE ) )->get_status() );
		$this->assertSame( $before, get_option( 'commerce_bridge_oct8ne' ) + get_option( 'commerce_bridge_oct8ne_secrets' ) );
	}

	private function link( string $email, string $password ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', self::ROUTE );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( wp_json_encode( compact( 'email', 'password' ) ) );
		return rest_get_server()->dispatch( $request );
	}
}
