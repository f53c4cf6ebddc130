<?php
/**
 * The consent settings through the REST API: per-vendor categories and the "require consent" switch.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Consent;

use CommerceBridge\Consent\ConsentSettings;
use CommerceBridge\Tests\TestCase;

/**
 * Real fixture users through WordPress's REST server; bad input is refused and changes nothing.
 */
final class ConsentSettingsRestTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;

	public function test_each_vendor_has_default_categories_and_the_owner_changes_them(): void {
		wp_set_current_user( self::ADMIN );
		$values = array_map( static fn ( array $vendor ) => $vendor['values']['consentCategories'], $this->call( 'GET', '/settings' )->get_data() );
		$this->assertSame(
			array(
				'oct8ne'   => array( 'functional', 'marketing' ),
				'belco'    => array( 'functional' ),
				'loymax'   => array( 'marketing' ),
				'bambuser' => array( 'functional', 'marketing' ),
			),
			$values
		);
		$response = $this->call( 'POST', '/settings/belco', array( 'consentCategories' => array( 'functional', 'statistics' ) ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'functional', 'statistics' ), get_option( 'commerce_bridge_belco' )['consentCategories'] );
	}

	public function test_invalid_categories_are_refused_and_nothing_changes(): void {
		wp_set_current_user( self::ADMIN );
		$before = get_option( 'commerce_bridge_loymax' );
		foreach ( array( array( 'advertising' ), array(), array( 'marketing', 'marketing' ), 'marketing', array( array( 'marketing' ) ) ) as $bad ) {
			$response = $this->call( 'POST', '/settings/loymax', array( 'consentCategories' => $bad ) );
			$this->assertSame( 400, $response->get_status(), wp_json_encode( $bad ) );
			$this->assertArrayHasKey( 'consentCategories', $response->get_data()['data']['params'] );
		}
		$this->assertSame( $before, get_option( 'commerce_bridge_loymax' ) );
	}

	public function test_require_consent_is_switched_by_the_owner_only(): void {
		$this->assertSame( 401, $this->call( 'POST', '/settings/consent', array( 'requireConsent' => true ) )->get_status() );
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->call( 'GET', '/settings/consent' )->get_status() );
		wp_set_current_user( self::ADMIN );
		$this->assertSame(
			array(
				'requireConsent' => false,
				'consentApi'     => false,
			),
			$this->call( 'GET', '/settings/consent' )->get_data()
		);
		$response = $this->call( 'POST', '/settings/consent', array( 'requireConsent' => true ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['requireConsent'] );
		$this->assertTrue( ConsentSettings::required() );
	}

	public function test_a_bad_switch_is_refused_and_changes_nothing(): void {
		wp_set_current_user( self::ADMIN );
		$before = get_option( 'commerce_bridge_settings' );
		foreach ( array( array( 'requireConsent' => 'true' ), array( 'requireConsent' => 1 ), array( 'requireConsent' => true, 'sidecarUrl' => 'http://x' ), array(), array( 'other' => true ) ) as $bad ) {
			$this->assertSame( 400, $this->call( 'POST', '/settings/consent', $bad, true )->get_status(), wp_json_encode( $bad ) );
		}
		$this->assertSame( $before, get_option( 'commerce_bridge_settings' ) );
		$this->assertFalse( ConsentSettings::required() );
	}

	/**
	 * Dispatches one REST request.
	 *
	 * @param string $method HTTP method.
	 * @param string $route  Route under commerce-bridge/v1.
	 * @param array  $body   JSON body.
	 * @param bool   $always Send the body even when empty.
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
