<?php
/**
 * Stops sending requests to a sidecar that keeps failing, so PHP workers are not tied up waiting.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Closed: every request goes through; THRESHOLD transport failures in a row open it. Open: the proxy
 * answers 503 at once until the cool-down ends. Then one worker's request is the probe (the others
 * still answer 503 at once): success closes the breaker, failure opens it for another cool-down.
 * One log line when it opens and one when it closes again, never one per request.
 */
final class CircuitBreaker {

	public const THRESHOLD = 3;

	/** Seconds; short, so a sidecar back after a restart is used again within a few seconds. */
	public const COOL_DOWN = 5.0;

	/** State read by the last check, so succeeded() needs no second read. */
	private BreakerState $seen;

	private bool $probing = false;

	/**
	 * Constructor.
	 *
	 * @param BreakerFile $file      Shared state.
	 * @param string      $name      What the log calls the sidecar.
	 * @param float       $cool_down Seconds to answer 503 at once before probing.
	 */
	public function __construct( private BreakerFile $file, private string $name, private float $cool_down = self::COOL_DOWN ) {
		$this->seen = new BreakerState();
	}

	/**
	 * The breaker of this site for one sidecar.
	 *
	 * @param string $sidecar_url Sidecar base URL.
	 */
	public static function for_sidecar( string $sidecar_url ): self {
		// The log names the sidecar without any user:password@ a URL might carry.
		return new self( BreakerFile::for_sidecar( $sidecar_url ), (string) preg_replace( '~//[^/@]*@~', '//', $sidecar_url ) );
	}

	/** Seconds left of the cool-down (for Retry-After), null when not cooling down; claims nothing. */
	public function cooling_down(): ?int {
		$this->seen = $this->file->read();
		$left       = $this->seen->open_until - microtime( true );
		return $this->seen->is_open() && $left > 0 ? self::seconds( $left ) : null;
	}

	/** Null when the request may go to the sidecar, else the seconds to send as Retry-After. */
	public function refusal(): ?int {
		$this->probing = false;
		$left          = $this->cooling_down();
		if ( null !== $left || ! $this->seen->is_open() ) {
			return $left;
		}
		$this->probing = $this->file->claim_probe();
		return $this->probing ? null : 1;
	}

	/** The sidecar answered (any HTTP status: it is alive). */
	public function succeeded(): void {
		if ( ! $this->seen->is_clean() ) {
			$this->file->update( static fn () => new BreakerState() );
			if ( $this->seen->is_open() ) {
				$this->log( sprintf( 'answers again after %d s of failures; requests go through again', (int) round( microtime( true ) - $this->seen->since ) ) );
			}
		}
		$this->file->release_probe();
	}

	/**
	 * Counts a transport failure (refused, timed out) and opens the breaker at THRESHOLD.
	 *
	 * @param string $error Transport error, for the log line.
	 * @return int Seconds to send as Retry-After.
	 */
	public function failed( string $error ): int {
		$now    = microtime( true );
		$opened = false;
		$state  = $this->file->update(
			function ( BreakerState $state ) use ( $now, &$opened ): BreakerState {
				if ( $this->probing ) {
					return new BreakerState( $state->failures + 1, $now + $this->cool_down, $state->since );
				}
				if ( $state->is_open() ) {
					// A request sent before another one opened the breaker: the same outage.
					return $state;
				}
				$opened = $state->failures + 1 >= self::THRESHOLD;
				return new BreakerState( $state->failures + 1, $opened ? $now + $this->cool_down : 0.0, $opened ? $now : 0.0 );
			}
		);
		$this->file->release_probe();
		if ( $opened ) {
			$this->log( sprintf( 'failed %d times in a row (%s); answering 503 at once for %d s, then probing with one request', $state->failures, $error, (int) $this->cool_down ) );
		}
		return $state->is_open() ? self::seconds( $state->open_until - $now ) : 1;
	}

	/**
	 * Whole seconds for Retry-After, at least 1.
	 *
	 * @param float $seconds Seconds left.
	 */
	private static function seconds( float $seconds ): int {
		return max( 1, (int) ceil( $seconds ) );
	}

	/**
	 * One line in the PHP error log.
	 *
	 * @param string $message What happened.
	 */
	private function log( string $message ): void {
		error_log( 'Commerce Bridge: sidecar ' . $this->name . ' ' . $message ); // phpcs:ignore Generic.PHP.ForbiddenFunctions -- the site's PHP log, once per breaker change.
	}
}
