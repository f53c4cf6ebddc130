<?php
/**
 * The direct path's configurations, its Site Health test and its REST route.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Health\DirectPathCheck;
use CommerceBridge\Health\DirectPathConfig;
use CommerceBridge\Health\HealthResult;

/**
 * The configurations are the shipped files filled in for the site; the positive Site Health case runs on
 * the real nginx in test/e2e/specs/direct-path.spec.ts (this suite's WordPress has no web server).
 */
final class DirectPathTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;

	public function test_every_config_sends_the_identity_free_paths_to_the_sidecar_origin(): void {
		$configs = ( new DirectPathConfig( 'http://127.0.0.1:9911/', '/' ) )->all();
		$this->assertSame( array( 'nginxHttp', 'nginx', 'apache', 'caddy' ), array_keys( $configs ) );
		$this->assertStringContainsString( "upstream commerce_bridge_sidecar {\n\tserver 127.0.0.1:9911;", $configs['nginxHttp'] );
		$this->assertStringContainsString( 'proxy_pass http://commerce_bridge_sidecar;', $configs['nginx'] );
		$this->assertStringContainsString( 'location ~* ^/(oct8ne/frame/(getadapterinfo|productinfo|', $configs['nginx'] );
		$this->assertStringContainsString( 'ProxyPassMatch "http://127.0.0.1:9911/$1"', $configs['apache'] );
		$this->assertStringContainsString( 'reverse_proxy http://127.0.0.1:9911 {', $configs['caddy'] );
		foreach ( $configs as $server => $config ) {
			$this->assertStringNotContainsString( '{{', $config, $server );
			// Identity-bound calls are named in the comments only, never in a directive.
			$directives = strtolower( (string) preg_replace( '/^\s*#.*$/m', '', $config ) );
			$this->assertStringNotContainsString( 'customerdata', $directives, $server );
			$this->assertStringNotContainsString( 'getcart', $directives, $server );
		}
		foreach ( array( 'nginx', 'apache', 'caddy' ) as $server ) {
			$this->assertStringContainsString( 'X-Commerce-Bridge-Direct 1', $configs[ $server ], $server );
		}
	}

	public function test_a_site_in_a_subdirectory_and_a_default_port(): void {
		$config = new DirectPathConfig( 'HTTPS://Sidecar.internal:443', '/shop.v2/' );
		$this->assertSame( 'https://sidecar.internal', $config->sidecar_origin() );
		$this->assertStringContainsString( 'server sidecar.internal:443;', $config->render( 'nginxHttp' ) );
		$nginx = $config->render( 'nginx' );
		$this->assertStringContainsString( 'proxy_pass https://commerce_bridge_sidecar;', $nginx );
		$this->assertStringContainsString( 'location ~* ^/shop\.v2/(oct8ne/frame/', $nginx );
		$this->assertStringContainsString( 'rewrite ^/shop\.v2(/.*)$ $1 break;', $nginx );
	}

	public function test_the_site_config_uses_the_configured_sidecar(): void {
		$expected = defined( 'COMMERCE_BRIDGE_SIDECAR_URL' ) ? COMMERCE_BRIDGE_SIDECAR_URL : 'http://10.0.0.5:8790';
		update_option( 'commerce_bridge_settings', array( 'sidecarUrl' => 'http://10.0.0.5:8790/' ) );
		$this->assertSame( untrailingslashit( $expected ), DirectPathConfig::for_site()->sidecar_origin() );
	}

	public function test_without_the_direct_path_site_health_recommends_it(): void {
		$result = ( new DirectPathCheck() )->run();
		$this->assertSame( HealthResult::RECOMMENDED, $result->status );
		$this->assertStringContainsString( DirectPathCheck::PROBE, $result->description );
	}

	public function test_the_check_is_a_site_health_test_of_the_plugin(): void {
		$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
		// It asks the site's URL over the network: an asynchronous test.
		$this->assertSame( 'Commerce Bridge direct path', $tests['async']['commerce_bridge_direct_path']['label'] ?? null );
	}

	public function test_the_settings_app_reads_the_configs_and_the_verdict(): void {
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, rest_get_server()->dispatch( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/status/direct-path' ) )->get_status() );
		wp_set_current_user( self::ADMIN );
		$response = rest_get_server()->dispatch( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/status/direct-path' ) );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( DirectPathConfig::for_site()->all(), $data['configs'] );
		$this->assertSame( DirectPathConfig::for_site()->sidecar_origin(), $data['sidecarOrigin'] );
		$this->assertFalse( $data['active'] );
	}
}
