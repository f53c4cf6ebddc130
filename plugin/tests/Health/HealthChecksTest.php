<?php
/**
 * Registration of the Site Health tests and the REST route of the asynchronous ones.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Health;

use CommerceBridge\Health\HealthResult;
use CommerceBridge\Health\SidecarHealth;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\TestCase;

/**
 * WordPress's own `site_status_tests` filter and REST server.
 */
final class HealthChecksTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const MANAGER  = 27;

	public function test_direct_and_async_tests_are_registered_with_site_health(): void {
		require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php';
		$tests = \WP_Site_Health::get_tests();
		foreach ( array( 'early_path', 'vendor_settings' ) as $id ) {
			$this->assertIsCallable( $tests['direct'][ 'commerce_bridge_' . $id ]['test'] );
		}
		foreach ( array( 'sidecar', 'sidecar_database', 'shared_secret', 'vendor_urls', 'direct_path' ) as $id ) {
			$test = $tests['async'][ 'commerce_bridge_' . $id ];
			$this->assertSame( rest_url( 'commerce-bridge/v1/site-health/' . $id ), $test['test'] );
			$this->assertTrue( $test['has_rest'] );
			$this->assertIsCallable( $test['async_direct_test'] );
		}
		$result = $tests['direct']['commerce_bridge_vendor_settings']['test']();
		$this->assertSame( 'commerce_bridge_vendor_settings', $result['test'] );
		$this->assertContains( $result['status'], array( 'good', 'recommended', 'critical' ) );
	}

	private function get( string $test ): \WP_REST_Response {
		return rest_do_request( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/site-health/' . $test ) );
	}

	public function test_the_rest_route_answers_a_test_result_to_those_who_may_view_site_health(): void {
		wp_set_current_user( self::ADMIN );
		$response = $this->get( 'sidecar' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( 'commerce_bridge_sidecar', $data['test'] );
		// The suite's site points at no running sidecar unless one was configured: the verdict follows /health.
		$reachable = SidecarHealth::fetch( SidecarClient::for_site() )->reachable;
		$this->assertSame( ! $reachable, HealthResult::CRITICAL === $data['status'], $data['description'] );
		$this->assertStringContainsString( SidecarClient::for_site()->base_url(), $data['description'] );
		$this->assertSame( 404, $this->get( 'no_such_test' )->get_status() );
	}

	public function test_the_rest_route_refuses_guests_customers_and_shop_managers(): void {
		$this->assertSame( 401, $this->get( 'sidecar' )->get_status() );
		foreach ( array( self::CUSTOMER, self::MANAGER ) as $user ) {
			wp_set_current_user( $user );
			$this->assertSame( 403, $this->get( 'shared_secret' )->get_status(), 'view_site_health_checks, as WordPress\'s own tests' );
		}
	}
}
