<?php
/**
 * Forwarding to a real HTTP upstream and to a closed port.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Options;
use CommerceBridge\Proxy\Forwarder;
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

	public static function setUpBeforeClass(): void {
		self::$upstream = new Upstream();
	}

	public static function tearDownAfterClass(): void {
		self::$upstream->stop();
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

	private function forwarder( string $url, FakeStore $fake ): Forwarder {
		return new Forwarder( new ProxyPaths( array( 'belco', 'core' ) ), new SidecarClient( $url ), $this->use_store( $fake ) );
	}
}
