<?php
/**
 * The proxy in front of a down or hung sidecar: real `php -S` upstreams and closed ports.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Proxy\CircuitBreaker;
use CommerceBridge\Proxy\Forwarder;
use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\ProxyRequest;
use CommerceBridge\Proxy\Response;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Upstream;

/**
 * 503 JSON with Retry-After within 2 s, the breaker opening after THRESHOLD failures, answering at
 * once while open, and closing after one successful probe; its state lives in a file, as on a site.
 */
final class CircuitBreakerTest extends TestCase {

	private const COOL_DOWN = 1.0;

	private string $state;

	private string $log;

	private string $saved_log;

	/** @var list<Upstream> */
	private array $upstreams = array();

	protected function setUp(): void {
		parent::setUp();
		$this->state     = sys_get_temp_dir() . '/commerce-bridge-breaker-test-' . bin2hex( random_bytes( 6 ) ) . '.json';
		$this->log       = $this->state . '.log';
		$this->saved_log = (string) ini_get( 'error_log' );
		ini_set( 'error_log', $this->log ); // phpcs:ignore WordPress.PHP.IniSet -- the breaker's log lines are asserted.
	}

	protected function tearDown(): void {
		ini_set( 'error_log', $this->saved_log ); // phpcs:ignore WordPress.PHP.IniSet -- restored.
		foreach ( $this->upstreams as $upstream ) {
			$upstream->stop();
		}
		array_map( 'unlink', glob( $this->state . '*' ) );
		parent::tearDown();
	}

	public function test_a_hung_sidecar_gets_503_json_with_retry_after_within_two_seconds(): void {
		$hung    = $this->upstream();
		$started = microtime( true );
		$answer  = $this->get( $this->forwarder( $hung->url ), 'hang' );
		$took    = microtime( true ) - $started;
		$this->assertLessThan( 2.0, $took );
		$this->assertGreaterThan( 0.5, $took, 'the sidecar was given a fair chance to answer' );
		$this->assert_unavailable( $answer, 1, 1 );
	}

	public function test_after_three_failures_the_breaker_answers_at_once_and_logs_once(): void {
		$forwarder = $this->forwarder( $this->upstream()->url );
		foreach ( range( 1, CircuitBreaker::THRESHOLD ) as $attempt ) {
			// Arrived 1.2 s ago: only the minimum time is left to wait for the sidecar, which keeps this test short.
			$answer = $this->get( $forwarder, 'hang', microtime( true ) - 1.2 );
			$this->assert_unavailable( $answer, 1, (int) self::COOL_DOWN );
		}
		foreach ( range( 1, 5 ) as $attempt ) {
			$started = microtime( true );
			$answer  = $this->get( $forwarder, 'hang' );
			$this->assertLessThan( 0.05, microtime( true ) - $started, 'no wait for the sidecar while open' );
			$this->assert_unavailable( $answer, 1, (int) self::COOL_DOWN );
		}
		$lines = $this->log_lines();
		$this->assertCount( 1, $lines );
		$this->assertStringContainsString( 'failed 3 times in a row (Operation timed out', $lines[0] );
	}

	public function test_a_successful_probe_after_the_cool_down_closes_the_breaker(): void {
		$port      = Upstream::free_port();
		$forwarder = $this->forwarder( 'http://127.0.0.1:' . $port );
		foreach ( range( 1, CircuitBreaker::THRESHOLD + 2 ) as $attempt ) {
			$this->assert_unavailable( $this->get( $forwarder, 'echo' ), 1, (int) self::COOL_DOWN );
		}
		$this->upstreams[] = new Upstream( __DIR__ . '/Support/upstream-router.php', $port );
		$this->assertSame( 503, $this->get( $forwarder, 'echo' )->status, 'still open: the sidecar is not asked yet' );
		usleep( (int) ( self::COOL_DOWN * 1e6 ) );
		$this->assertSame( 200, $this->get( $forwarder, 'echo' )->status, 'the probe' );
		$this->assertSame( 200, $this->get( $forwarder, 'echo' )->status );
		$this->assertFileDoesNotExist( $this->state, 'a healthy sidecar leaves no state behind' );
		$lines = $this->log_lines();
		$this->assertCount( 2, $lines );
		$this->assertStringContainsString( "sidecar http://127.0.0.1:{$port} failed 3 times in a row (Failed to connect", $lines[0] );
		$this->assertMatchesRegularExpression( '/answers again after \d+ s of failures/', $lines[1] );
	}

	public function test_a_failed_probe_opens_it_again_and_only_one_worker_probes(): void {
		$forwarder = $this->forwarder( 'http://127.0.0.1:' . Upstream::free_port() );
		foreach ( range( 1, CircuitBreaker::THRESHOLD ) as $attempt ) {
			$this->get( $forwarder, 'echo' );
		}
		usleep( (int) ( self::COOL_DOWN * 1e6 ) );
		$other = new BreakerFile( $this->state );
		$this->assertTrue( $other->claim_probe(), 'another worker probes' );
		$this->assert_unavailable( $this->get( $forwarder, 'echo' ), 1, 1 );
		$other->release_probe();
		$this->assert_unavailable( $this->get( $forwarder, 'echo' ), 1, (int) self::COOL_DOWN );
		$this->assertGreaterThan( microtime( true ), $other->read()->open_until, 'the failed probe opened it again' );
		$this->assertCount( 1, $this->log_lines(), 'one outage, one line' );
	}

	public function test_cooling_down_is_known_before_forwarding_and_claims_no_probe(): void {
		$breaker = new CircuitBreaker( new BreakerFile( $this->state ), 'sidecar', self::COOL_DOWN );
		$this->assertNull( $breaker->cooling_down() );
		foreach ( range( 1, CircuitBreaker::THRESHOLD ) as $attempt ) {
			$this->assertNull( $breaker->refusal() );
			$breaker->failed( 'refused' );
		}
		$this->assertSame( (int) self::COOL_DOWN, $breaker->cooling_down() );
		usleep( (int) ( self::COOL_DOWN * 1e6 ) );
		$this->assertNull( $breaker->cooling_down(), 'over: the next request may probe' );
		$this->assertNull( $breaker->refusal(), 'this worker probes' );
		$this->assertSame( 1, ( new CircuitBreaker( new BreakerFile( $this->state ), 'sidecar' ) )->refusal(), 'another worker waits' );
	}

	public function test_failures_below_the_threshold_are_forgotten_after_an_answer(): void {
		$upstream = $this->upstream();
		$healthy  = $this->forwarder( $upstream->url );
		$closed   = $this->forwarder( 'http://127.0.0.1:' . Upstream::free_port() );
		foreach ( range( 1, 3 ) as $round ) {
			$this->get( $closed, 'echo' );
			$this->get( $closed, 'echo' );
			$this->assertSame( 200, $this->get( $healthy, 'echo' )->status );
		}
		$this->assertFileDoesNotExist( $this->state );
		$this->assertSame( array(), $this->log_lines() );
	}

	public function test_an_unreadable_state_file_leaves_the_breaker_closed(): void {
		file_put_contents( $this->state, '{"failures":"9","openUntil":1e12' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a damaged state file.
		$this->assertSame( 200, $this->get( $this->forwarder( $this->upstream()->url ), 'echo' )->status );
	}

	private function upstream(): Upstream {
		$this->upstreams[] = new Upstream();
		return end( $this->upstreams );
	}

	/**
	 * A forwarder whose breaker shares this test's state file (every forwarder here is one site's worker).
	 *
	 * @param string $url Sidecar URL.
	 */
	private function forwarder( string $url ): Forwarder {
		$breaker = new CircuitBreaker( new BreakerFile( $this->state ), $url, self::COOL_DOWN );
		return new Forwarder( new ProxyPaths( array( 'core' ) ), new SidecarClient( $url ), $this->use_store( new FakeStore() ), $breaker );
	}

	/**
	 * GET /commerce-bridge/core/<route>.
	 *
	 * @param Forwarder  $forwarder Forwarder.
	 * @param string     $route     Route of the stand-in.
	 * @param float|null $received  When PHP got the request; null: now.
	 */
	private function get( Forwarder $forwarder, string $route, ?float $received = null ): Response {
		return $forwarder->handle( new ProxyRequest( 'GET', 'commerce-bridge/core/' . $route, '', '', $received ), array(), null );
	}

	/**
	 * 503 JSON, not cacheable, with Retry-After in [min, max] seconds.
	 *
	 * @param Response $answer Answer.
	 * @param int      $min    Least Retry-After.
	 * @param int      $max    Greatest Retry-After.
	 */
	private function assert_unavailable( Response $answer, int $min, int $max ): void {
		$this->assertSame( 503, $answer->status );
		$this->assertSame( array( 'error' => 'sidecar_unavailable' ), json_decode( $answer->body, true ) );
		$this->assertSame( 'application/json; charset=utf-8', $answer->header( 'content-type' ) );
		$this->assertSame( 'no-store', $answer->header( 'cache-control' ) );
		$this->assertMatchesRegularExpression( '/^\d+$/', $answer->header( 'retry-after' ) );
		$this->assertGreaterThanOrEqual( $min, (int) $answer->header( 'retry-after' ) );
		$this->assertLessThanOrEqual( $max, (int) $answer->header( 'retry-after' ) );
	}

	/** @return list<string> Breaker lines of the PHP error log. */
	private function log_lines(): array {
		$lines = is_file( $this->log ) ? file( $this->log, FILE_IGNORE_NEW_LINES ) : array();
		return array_values( preg_grep( '/Commerce Bridge: sidecar /', $lines ) );
	}
}
