<?php
/**
 * What the circuit breaker remembers between requests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Consecutive transport failures, and while open the end of the cool-down and the start of the outage.
 */
final class BreakerState {

	/**
	 * Constructor.
	 *
	 * @param int   $failures   Transport failures in a row.
	 * @param float $open_until Unix time the cool-down ends; 0 while closed.
	 * @param float $since      Unix time the breaker opened; 0 while closed.
	 */
	public function __construct(
		public readonly int $failures = 0,
		public readonly float $open_until = 0.0,
		public readonly float $since = 0.0
	) {
	}

	public function is_open(): bool {
		return $this->open_until > 0;
	}

	public function is_clean(): bool {
		return 0 === $this->failures && ! $this->is_open();
	}

	/**
	 * Reads the stored form; anything malformed (another process's half-written or foreign file) is a clean state.
	 *
	 * @param string $raw Stored JSON.
	 */
	public static function parse( string $raw ): self {
		$data = json_decode( $raw, true );
		if ( ! is_array( $data ) || ! is_int( $data['failures'] ?? null ) || ! is_numeric( $data['openUntil'] ?? null ) || ! is_numeric( $data['since'] ?? null ) ) {
			return new self();
		}
		return new self( max( 0, $data['failures'] ), (float) $data['openUntil'], (float) $data['since'] );
	}

	public function serialize(): string {
		return (string) wp_json_encode(
			array(
				'failures'  => $this->failures,
				'openUntil' => $this->open_until,
				'since'     => $this->since,
			)
		);
	}
}
