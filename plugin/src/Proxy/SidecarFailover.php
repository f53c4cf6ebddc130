<?php
/**
 * Several instances of the sidecar behind one WordPress.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Each request starts at a random instance, so the load is spread, and goes on to the next one only
 * when an instance could not even be connected to: a request an instance may have received is never
 * sent twice. An instance that keeps refusing is passed over for a while: each has its own breaker
 * (CircuitBreaker::for_sidecar( its URL ), shared by every PHP worker), so only its probe now and then
 * pays for trying it. The breaker in front of the whole set (keyed by the list) opens only when every
 * instance fails.
 */
final class SidecarFailover {

	/**
	 * Constructor.
	 *
	 * @param non-empty-list<string> $base_urls Base URLs of the instances.
	 */
	public function __construct( private array $base_urls ) {
	}

	/**
	 * Sends one request to the first instance that takes it.
	 *
	 * @param callable(string): array{0: Response, 1: bool} $attempt Sends to one base URL: the answer, and whether the request never reached it.
	 */
	public function send( callable $attempt ): Response {
		$answer = new Response( 0, array(), '', 'every sidecar instance is cooling down after failures' );
		foreach ( $this->order() as $base_url ) {
			$breaker = CircuitBreaker::for_sidecar( $base_url );
			if ( null !== $breaker->refusal() ) {
				continue;
			}
			list( $answer, $unreached ) = $attempt( $base_url );
			if ( 0 !== $answer->status ) {
				$breaker->succeeded();
				return $answer;
			}
			$breaker->failed( $answer->error );
			if ( ! $unreached ) {
				return $answer;
			}
		}
		return $answer;
	}

	/**
	 * The instances from a random one on, wrapping around.
	 *
	 * @return list<string>
	 */
	private function order(): array {
		$start = random_int( 0, count( $this->base_urls ) - 1 );
		return array_merge( array_slice( $this->base_urls, $start ), array_slice( $this->base_urls, 0, $start ) );
	}
}
