<?php
/**
 * Several sidecar instances behind one WordPress: a real sidecar, a stand-in and a port nobody listens on.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Proxy\CircuitBreaker;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\Support\Upstream;

/**
 * SidecarClient with several base URLs (SidecarFailover): requests spread, a refusing instance is passed
 * over and then skipped, and a request an instance received is never sent to another.
 */
final class SidecarFailoverTest extends TestCase {

	private static Sidecar $sidecar;

	private static Upstream $echo;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
		self::$echo    = new Upstream();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
		self::$echo->stop();
	}

	public function test_a_refusing_instance_is_passed_over_and_then_skipped_until_its_probe(): void {
		$dead   = 'http://127.0.0.1:' . Upstream::free_port();
		$client = new SidecarClient( $dead, self::$sidecar->url() );
		for ( $i = 0; $i < 24; $i++ ) {
			$answer = $client->send( 'GET', '/health' );
			$this->assertSame( 200, $answer->status, $answer->error );
			$this->assertSame( 'ok', json_decode( $answer->body, true )['db'] ?? null );
		}
		// Tried first by about half the requests, it failed THRESHOLD times in a row and cools down now.
		$this->assertNotNull( CircuitBreaker::for_sidecar( $dead )->cooling_down() );
		$this->assertNull( CircuitBreaker::for_sidecar( self::$sidecar->url() )->cooling_down() );
		$this->assertNull( CircuitBreaker::for_sidecar( $client->base_url() )->cooling_down() );
	}

	public function test_requests_are_spread_over_the_instances(): void {
		$client  = new SidecarClient( self::$sidecar->url(), self::$echo->url );
		$answers = array( 'sidecar' => 0, 'echo' => 0 );
		for ( $i = 0; $i < 20; $i++ ) {
			$answer = $client->send( 'GET', '/commerce-bridge/core/missing-route' );
			// The sidecar answers an unknown path 404; the stand-in echoes the request with 404 too, but as {"method",…}.
			++$answers[ isset( json_decode( $answer->body, true )['method'] ) ? 'echo' : 'sidecar' ];
		}
		$this->assertGreaterThan( 0, $answers['sidecar'] );
		$this->assertGreaterThan( 0, $answers['echo'] );
	}

	public function test_a_request_that_reached_a_hung_instance_is_not_sent_to_another(): void {
		// Connections complete in the kernel's backlog, but nothing ever reads or answers them.
		$hung   = stream_socket_server( 'tcp://127.0.0.1:0' );
		$client = new SidecarClient( 'http://' . stream_socket_get_name( $hung, false ), self::$echo->url );
		$lost   = array();
		for ( $i = 0; $i < 20; $i++ ) {
			$answer = $client->send( 'POST', '/commerce-bridge/core/orders', array(), '{"order":' . $i . '}', microtime( true ) + 0.3 );
			if ( 0 === $answer->status ) {
				$lost[] = $answer->error;
			} else {
				$this->assertSame( '{"order":' . $i . '}', json_decode( $answer->body, true )['body'] );
			}
		}
		fclose( $hung );
		// Each request that went to the hung instance first timed out there and went nowhere else, until its
		// breaker opened after THRESHOLD of them; the later ones all went to the stand-in.
		$this->assertCount( CircuitBreaker::THRESHOLD, $lost );
		$this->assertStringContainsString( 'timed out', $lost[0] );
	}
}
