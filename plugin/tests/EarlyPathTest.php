<?php
/**
 * The early path over HTTP: the real site served by `php -S`, with its real must-use loader.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Options;
use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Tests\Support\Upstream;

/**
 * The suite's WordPress (WooCommerce and the plugin active, the loader installed by the stack's
 * activation) answers through tests/Support/site-router.php; the sidecar is the echoing stand-in.
 * Settings are committed (the site is another process) and restored after each test.
 */
final class EarlyPathTest extends \PHPUnit\Framework\TestCase {

	private static Upstream $sidecar;
	private static Upstream $site;

	private mixed $saved_settings;
	private mixed $saved_plugins;

	/** A sidecar URL nobody answers; its breaker state is removed after each test. */
	private string $down;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Upstream();
		self::$site    = new Upstream( __DIR__ . '/Support/site-router.php' );
	}

	public static function tearDownAfterClass(): void {
		self::$site->stop();
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		$this->saved_settings = get_option( Options::SETTINGS );
		$this->saved_plugins  = get_option( 'active_plugins' );
		$this->down           = 'http://127.0.0.1:' . Upstream::free_port();
		$this->use_sidecar( self::$sidecar->url );
	}

	protected function tearDown(): void {
		update_option( Options::SETTINGS, $this->saved_settings );
		update_option( 'active_plugins', $this->saved_plugins );
		array_map( 'unlink', glob( BreakerFile::for_sidecar( $this->down )->path() . '*' ) ?: array() );
		EarlyLoader::for_site()->install();
	}

	public function test_an_identity_free_call_is_answered_before_the_plugins_load(): void {
		$answer = $this->get( '/oct8ne/frame/productInfo?productIds=14,57', array( 'X-Commerce-Bridge-User: 1', 'Authorization: Bearer feed', 'Cookie: a=b' ) );
		$seen   = json_decode( $answer['body'], true );
		$this->assertSame( 200, $answer['status'] );
		$this->assertSame( 'early', $answer['headers']['x-commerce-bridge-path'] );
		$this->assertSame( 'no', $answer['headers']['x-test-plugins-loaded'] );
		$this->assertSame( 'no', $answer['headers']['x-test-woocommerce'] );
		$this->assertSame( 'nosniff', $answer['headers']['x-content-type-options'] );
		$this->assertStringContainsString( 'no-store', $answer['headers']['cache-control'] );
		$this->assertSame( '/oct8ne/frame/productInfo?productIds=14,57', $seen['uri'] );
		$this->assertSame( '127.0.0.1', $seen['headers']['x-forwarded-for'] );
		$this->assertSame( 'Bearer feed', $seen['headers']['authorization'], 'allow-listed headers pass' );
		$this->assertArrayNotHasKey( 'cookie', $seen['headers'] );
		$this->assertSame( array(), preg_grep( '/^x-commerce-bridge-/', array_keys( $seen['headers'] ) ), 'no identity, not even a forged one' );
	}

	public function test_vendor_feeds_and_belco_take_the_early_path_too(): void {
		foreach ( array( '/commerce-bridge/loymax/products', '/commerce-bridge/belco/orders?email=a%40b.test', '/commerce-bridge/bambuser/products?ids=1', '/oct8ne/frame/GETORDERS?apiToken=x' ) as $uri ) {
			$answer = $this->get( $uri );
			$this->assertSame( 'early', $answer['headers']['x-commerce-bridge-path'] ?? '', $uri );
			$this->assertSame( $uri, json_decode( $answer['body'], true )['uri'] );
		}
	}

	public function test_identity_bound_calls_stay_on_the_late_path_with_a_signed_identity(): void {
		foreach ( array( '/oct8ne/frame/customerData', '/oct8ne/frame/getCart', '/oct8ne/frame/addToWishlist?productIds=14', '/commerce-bridge/core/identity' ) as $uri ) {
			$answer = $this->get( $uri );
			$seen   = json_decode( $answer['body'], true );
			$this->assertSame( 'late', $answer['headers']['x-commerce-bridge-path'] ?? '', $uri );
			$this->assertSame( 'yes', $answer['headers']['x-test-woocommerce'], $uri );
			$this->assertSame( '0', $seen['headers']['x-commerce-bridge-user'], $uri );
			$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $seen['headers']['x-commerce-bridge-signature'], $uri );
		}
	}

	public function test_a_sidecar_that_is_down_gets_the_503_with_retry_after_early(): void {
		$this->use_sidecar( $this->down );
		$started = microtime( true );
		$answer  = $this->get( '/oct8ne/frame/search?search=hoodie' );
		$this->assertLessThan( 2.0, microtime( true ) - $started );
		$this->assertSame( 503, $answer['status'] );
		$this->assertSame( 'early', $answer['headers']['x-commerce-bridge-path'] );
		$this->assertSame( '1', $answer['headers']['retry-after'] );
		$this->assertSame( array( 'error' => 'sidecar_unavailable' ), json_decode( $answer['body'], true ) );
	}

	public function test_without_the_loader_every_call_takes_the_late_path(): void {
		EarlyLoader::for_site()->remove();
		$answer = $this->get( '/oct8ne/frame/productInfo?productIds=14' );
		$this->assertSame( 'late', $answer['headers']['x-commerce-bridge-path'] );
		$this->assertSame( 'yes', $answer['headers']['x-test-plugins-loaded'] );
	}

	public function test_the_loader_does_nothing_when_the_plugin_is_not_active(): void {
		update_option( 'active_plugins', array_values( array_diff( (array) $this->saved_plugins, array( plugin_basename( COMMERCE_BRIDGE_FILE ) ) ) ) );
		$this->assertSame( EarlyLoader::CURRENT, EarlyLoader::for_site()->state() );
		$answer = $this->get( '/oct8ne/frame/productInfo?productIds=14' );
		$this->assertArrayNotHasKey( 'x-commerce-bridge-path', $answer['headers'] );
		$this->assertSame( 'yes', $answer['headers']['x-test-woocommerce'], 'WordPress went on loading' );
	}

	public function test_the_loader_does_nothing_when_the_plugin_was_deleted_without_deactivation(): void {
		$gone = new EarlyLoader( WP_PLUGIN_DIR . '/commerce-bridge-deleted/commerce-bridge.php', COMMERCE_BRIDGE_VERSION, WPMU_PLUGIN_DIR );
		EarlyLoader::for_site()->remove();
		$gone->install();
		try {
			update_option( 'active_plugins', array_merge( (array) $this->saved_plugins, array( 'commerce-bridge-deleted/commerce-bridge.php' ) ) );
			$answer = $this->get( '/oct8ne/frame/productInfo?productIds=14' );
			$this->assertSame( 'late', $answer['headers']['x-commerce-bridge-path'], 'the installed plugin answered, the orphan loader did not' );
		} finally {
			$gone->remove();
		}
	}

	/**
	 * Points the site at a sidecar (committed).
	 *
	 * @param string $url Sidecar base URL.
	 */
	private function use_sidecar( string $url ): void {
		update_option( Options::SETTINGS, array( 'sidecarUrl' => $url ) + (array) $this->saved_settings );
	}

	/**
	 * One GET to the site.
	 *
	 * @param string       $uri     Path and query.
	 * @param list<string> $headers Request header lines.
	 * @return array{status: int, headers: array<string, string>, body: string}
	 */
	private function get( string $uri, array $headers = array() ): array {
		$handle = curl_init( self::$site->url . $uri );
		$seen   = array();
		curl_setopt_array(
			$handle,
			array(
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_HTTPHEADER     => $headers,
				CURLOPT_TIMEOUT        => 30,
				CURLOPT_HEADERFUNCTION => static function ( $curl, string $line ) use ( &$seen ): int {
					$parts = explode( ':', $line, 2 );
					if ( 2 === count( $parts ) ) {
						$seen[ strtolower( trim( $parts[0] ) ) ] = trim( $parts[1] );
					}
					return strlen( $line );
				},
			)
		);
		$body   = (string) curl_exec( $handle );
		$status = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
		curl_close( $handle );
		return array( 'status' => $status, 'headers' => $seen, 'body' => $body );
	}
}
