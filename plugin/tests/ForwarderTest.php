<?php
/**
 * Forwarding to a real HTTP upstream and to a closed port.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Options;
use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Proxy\CircuitBreaker;
use CommerceBridge\Proxy\Forwarder;
use CommerceBridge\Proxy\HeaderAllowList;
use CommerceBridge\Proxy\IncomingHeaders;
use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\ProxyRequest;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Rest\StatusController;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Upstream;

/**
 * The forwarder against `php -S` echoing what it received, and against a port nobody listens on.
 */
final class ForwarderTest extends TestCase {

	private static Upstream $upstream;

	/** What the proxy must pass to the sidecar: every request header of the allow-list, with a value a route reads. */
	private const REQUEST_PASSED = array(
		'authorization'  => 'Bearer Zx9-feed_token.%41~',
		'content-type'   => 'application/vnd.api+json',
		'sec-fetch-site' => 'same-origin',
	);

	/** What the proxy must pass back: every response header of the allow-list, as the sidecar sets it. */
	private const RESPONSE_PASSED = array(
		'cache-control'           => 'private, max-age=0',
		'content-security-policy' => "default-src 'none'; script-src 'nonce-abc'; frame-ancestors https://app.belco.io",
		'content-type'            => 'text/html; charset=utf-8',
		'retry-after'             => '37',
		'x-content-type-options'  => 'nosniff',
		'x-total-count'           => '42',
	);

	public static function setUpBeforeClass(): void {
		self::$upstream = new Upstream();
	}

	public static function tearDownAfterClass(): void {
		self::$upstream->stop();
	}

	protected function tearDown(): void {
		array_map( 'unlink', glob( self::breaker_file() . '*' ) );
		parent::tearDown();
	}

	public function test_forwards_method_path_query_body_and_signed_identity(): void {
		$fake              = new FakeStore();
		$fake->session_key = '2';
		wp_set_current_user( 2 );
		$answer = $this->forwarder( self::$upstream->url, $fake )->handle(
			new ProxyRequest( 'POST', 'commerce-bridge/belco/orders', 'a=1&b=%C3%A9' ),
			array( 'Content-Type' => 'application/json' ),
			'{"q":1}'
		);
		$seen = json_decode( $answer->body, true );
		$this->assertSame( 200, $answer->status );
		$this->assertSame( 'application/json; charset=utf-8', $answer->header( 'content-type' ) );
		$this->assertSame( 'no-store', $answer->header( 'cache-control' ) );
		$this->assertSame( 'nosniff', $answer->header( 'x-content-type-options' ) );
		$this->assertSame( 'POST', $seen['method'] );
		$this->assertSame( '/commerce-bridge/belco/orders?a=1&b=%C3%A9', $seen['uri'] );
		$this->assertSame( '{"q":1}', $seen['body'] );
		$this->assertSame( '2', $seen['headers']['x-commerce-bridge-user'] );
		$this->assertSame( '2', $seen['headers']['x-commerce-bridge-session'] );
		$expected = hash_hmac( 'sha256', "2\n2\n{$seen['headers']['x-commerce-bridge-time']}\nPOST\n{$seen['uri']}", Options::secret() );
		$this->assertSame( $expected, $seen['headers']['x-commerce-bridge-signature'] );
	}

	public function test_status_and_cache_control_of_the_sidecar_pass_through(): void {
		$forwarder = $this->forwarder( self::$upstream->url, new FakeStore() );
		$missing   = $forwarder->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/missing', '' ), array(), null );
		$cached    = $forwarder->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/cached', '' ), array(), null );
		$this->assertSame( 404, $missing->status );
		$this->assertSame( 'public, max-age=300', $cached->header( 'cache-control' ) );
		$this->assertSame( '0', json_decode( $cached->body, true )['headers']['x-commerce-bridge-user'] );
	}

	public function test_a_closed_port_answers_503_json_within_two_seconds(): void {
		$started = microtime( true );
		$answer  = $this->forwarder( 'http://127.0.0.1:' . Upstream::free_port(), new FakeStore() )
			->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/identity', '' ), array(), null );
		$this->assertLessThan( 2.0, microtime( true ) - $started );
		$this->assertSame( 503, $answer->status );
		$this->assertSame( array( 'error' => 'sidecar_unavailable' ), json_decode( $answer->body, true ) );
		$this->assertSame( 'no-store', $answer->header( 'cache-control' ) );
		$this->assertSame( '1', $answer->header( 'retry-after' ) );
	}

	public function test_status_reports_a_healthy_and_an_unreachable_sidecar(): void {
		$fake = $this->use_store( new FakeStore() );
		$ok   = ( new StatusController( new SidecarClient( self::$upstream->url ), $fake ) )->status();
		$this->assertSame( array( 'active' => true, 'version' => '10.1.0-fake' ), $ok['woocommerce'] );
		$this->assertTrue( $ok['sidecar']['ok'] );
		$this->assertSame( 'ok', $ok['sidecar']['db'] );
		$this->assertIsFloat( $ok['sidecar']['latencyMs'] );

		$down = ( new StatusController( new SidecarClient( 'http://127.0.0.1:' . Upstream::free_port() ), $fake ) )->status();
		$this->assertFalse( $down['sidecar']['ok'] );
		$this->assertNull( $down['sidecar']['latencyMs'] );
		$this->assertNotEmpty( $down['sidecar']['error'] );
	}

	public function test_the_allow_list_is_exactly_the_headers_tested_here(): void {
		$in  = array_keys( array_filter( HeaderAllowList::HEADERS, static fn ( $d ) => $d & HeaderAllowList::REQUEST ) );
		$out = array_keys( array_filter( HeaderAllowList::HEADERS, static fn ( $d ) => $d & HeaderAllowList::RESPONSE ) );
		$this->assertEqualsCanonicalizing( array_keys( self::REQUEST_PASSED ), $in );
		$this->assertEqualsCanonicalizing( array_keys( self::RESPONSE_PASSED ), $out );
		foreach ( array_keys( HeaderAllowList::HEADERS ) as $name ) {
			$this->assertStringStartsNotWith( 'x-commerce-bridge-', $name, 'an identity header must never come from the client' );
		}
	}

	public function test_allowed_request_headers_reach_the_sidecar_and_no_other(): void {
		$sent = array(
			'Cookie'                      => 'wordpress_logged_in_x=admin%7C1; woocommerce_session_x=2',
			'X-Commerce-Bridge-User'      => '1',
			'x-commerce-bridge-session'   => '1',
			'X-Commerce-Bridge-Signature' => str_repeat( 'a', 64 ),
			'Accept'                      => 'application/vnd.api+json',
			'Accept-Encoding'             => 'gzip, br',
			'Host'                        => 'evil.example',
			'X-Forwarded-For'             => '10.0.0.1',
			'User-Agent'                  => 'Loymax/1.0',
		);
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )
			->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/echo', '' ), array_change_key_case( self::REQUEST_PASSED, CASE_UPPER ) + $sent, null );
		$seen   = json_decode( $answer->body, true )['headers'];
		foreach ( self::REQUEST_PASSED as $name => $value ) {
			$this->assertSame( $value, $seen[ $name ] ?? null, $name );
		}
		foreach ( array( 'cookie', 'accept-encoding', 'x-forwarded-for' ) as $name ) {
			$this->assertArrayNotHasKey( $name, $seen );
		}
		$this->assertSame( wp_parse_url( self::$upstream->url, PHP_URL_HOST ) . ':' . wp_parse_url( self::$upstream->url, PHP_URL_PORT ), $seen['host'] );
		$this->assertNotSame( 'Loymax/1.0', $seen['user-agent'] ?? '' );
		$this->assertNotSame( 'application/vnd.api+json', $seen['accept'] ?? '' );
		$this->assertSame( '0', $seen['x-commerce-bridge-user'] );
		$this->assertSame( '', $seen['x-commerce-bridge-session'] ?? '' );
		$expected = hash_hmac( 'sha256', "0\n\n{$seen['x-commerce-bridge-time']}\nGET\n/commerce-bridge/core/echo", Options::secret() );
		$this->assertSame( $expected, $seen['x-commerce-bridge-signature'] );
	}

	public function test_the_sidecar_learns_the_client_address_from_the_proxy_not_from_the_client(): void {
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )->handle(
			new ProxyRequest( 'GET', 'commerce-bridge/core/echo', '', '203.0.113.7' ),
			array( 'X-Forwarded-For' => '10.0.0.1' ),
			null
		);
		$this->assertSame( '203.0.113.7', json_decode( $answer->body, true )['headers']['x-forwarded-for'] );
	}

	public function test_without_a_secret_no_identity_header_reaches_the_sidecar_not_even_a_forged_one(): void {
		update_option( 'commerce_bridge_secret', '' );
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )->handle(
			new ProxyRequest( 'GET', 'commerce-bridge/core/echo', '' ),
			array( 'X-Commerce-Bridge-User' => '1', 'X-Commerce-Bridge-Time' => (string) time(), 'X-Commerce-Bridge-Signature' => str_repeat( 'a', 64 ) ),
			null
		);
		$names = array_keys( json_decode( $answer->body, true )['headers'] );
		$this->assertSame( array(), preg_grep( '/^x-commerce-bridge-/', $names ) );
	}

	public function test_allowed_response_headers_reach_the_client_and_no_other(): void {
		$set    = array_map( static fn ( $v ) => array( $v ), self::RESPONSE_PASSED ) + array(
			'Set-Cookie'                  => array( 'wordpress_logged_in_x=1' ),
			'Refresh'                     => array( '0; url=https://evil.example/' ),
			'Access-Control-Allow-Origin' => array( '*' ),
			'Link'                        => array( '<https://evil.example/>; rel=preload' ),
			'X-Commerce-Bridge-User'      => array( '1' ),
		);
		$query  = http_build_query( array( 'set' => $set ), '', '&', PHP_QUERY_RFC3986 );
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )
			->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/echo', $query ), array(), null );
		$headers = $answer->headers;
		ksort( $headers );
		$this->assertSame( 200, $answer->status );
		$this->assertSame( self::RESPONSE_PASSED, $headers );
	}

	public function test_a_repeated_response_header_arrives_as_one_list(): void {
		$query  = http_build_query( array( 'set' => array( 'Content-Security-Policy' => array( "default-src 'none'", "frame-ancestors 'self'" ) ) ), '', '&', PHP_QUERY_RFC3986 );
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )
			->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/echo', $query ), array(), null );
		$this->assertSame( "default-src 'none', frame-ancestors 'self'", $answer->header( 'content-security-policy' ) );
	}

	public function test_values_that_could_split_a_header_or_are_too_long_are_dropped_not_refused(): void {
		$bad    = array(
			'Authorization' => "Bearer t\r\nX-Commerce-Bridge-User: 1",
			'Content-Type'  => 'text/plain; x=' . str_repeat( 'a', 8192 ),
		);
		$answer = $this->forwarder( self::$upstream->url, new FakeStore() )
			->handle( new ProxyRequest( 'POST', 'commerce-bridge/core/echo', '' ), $bad, 'x' );
		$seen   = json_decode( $answer->body, true )['headers'];
		$this->assertSame( 200, $answer->status );
		$this->assertArrayNotHasKey( 'authorization', $seen );
		$this->assertSame( '0', $seen['x-commerce-bridge-user'] );
		$this->assertSame( array(), HeaderAllowList::response( array( 'X-Total-Count' => "1\nSet-Cookie: a=b" ) ) );
	}

	public function test_authorization_is_found_wherever_the_web_server_puts_it(): void {
		$fpm    = IncomingHeaders::read( array( 'HTTP_AUTHORIZATION' => 'Bearer a', 'CONTENT_TYPE' => 'application/json', 'HTTP_COOKIE' => 'c=1' ), array() );
		$apache = IncomingHeaders::read( array( 'REDIRECT_HTTP_AUTHORIZATION' => 'Bearer b' ), array() );
		$modphp = IncomingHeaders::read( array(), array( 'Authorization' => 'Bearer c' ) );
		$this->assertSame( array( 'Authorization' => 'Bearer a', 'Content-Type' => 'application/json' ), HeaderAllowList::request( $fpm ) );
		$this->assertSame( array( 'Authorization' => 'Bearer b' ), HeaderAllowList::request( $apache ) );
		$this->assertSame( array( 'Authorization' => 'Bearer c' ), HeaderAllowList::request( $modphp ) );
	}

	private function forwarder( string $url, FakeStore $fake ): Forwarder {
		$breaker = new CircuitBreaker( new BreakerFile( self::breaker_file() ), $url );
		return new Forwarder( new ProxyPaths( array( 'belco', 'core' ) ), new SidecarClient( $url ), $this->use_store( $fake ), $breaker );
	}

	/** This test's own breaker state (CircuitBreakerTest covers the breaker). */
	private static function breaker_file(): string {
		return sys_get_temp_dir() . '/commerce-bridge-breaker-forwarder-test-' . getmypid() . '.json';
	}
}
