<?php
/**
 * HTTP client for the sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

use CommerceBridge\Options;

defined( 'ABSPATH' ) || exit;

/**
 * Talks to the sidecar with curl directly: one handle, no redirects, no path normalisation and
 * millisecond timeouts, without the WordPress HTTP API's per-request overhead on the hot proxy path.
 */
final class SidecarClient {

	/** Loopback or LAN: a sidecar that does not accept within this is down. */
	private const CONNECT_TIMEOUT_MS = 250;

	/** Cap per request; a deadline passed to send() can shorten it, down to MIN_TIMEOUT_MS. */
	private const TOTAL_TIMEOUT_MS = 1200;
	private const MIN_TIMEOUT_MS   = 250;

	/** @var non-empty-list<string> */
	private array $base_urls;

	/**
	 * Constructor.
	 *
	 * @param string $base_url     Sidecar base URL without trailing slash.
	 * @param string ...$more_urls Further instances of the same sidecar (same database and secret), see SidecarFailover.
	 */
	public function __construct( string $base_url, string ...$more_urls ) {
		$this->base_urls = array_values( array_unique( array( $base_url, ...$more_urls ) ) );
	}

	/** The site's sidecar, or its several instances (Options::sidecar_urls()). */
	public static function for_site(): self {
		return new self( ...Options::sidecar_urls() );
	}

	/** The base URL; with several instances all of them, comma-separated (which keys one breaker for the whole set). */
	public function base_url(): string {
		return implode( ',', $this->base_urls );
	}

	/**
	 * Sends one request; a transport failure answers status 0 with the error.
	 *
	 * @param string                $method      HTTP method.
	 * @param string                $request_uri Path and query.
	 * @param array<string, string> $headers     Request headers.
	 * @param string|null           $body        Request body.
	 * @param float                 $deadline    Unix time by which the answer is needed (at most TOTAL_TIMEOUT_MS from now).
	 */
	public function send( string $method, string $request_uri, array $headers = array(), ?string $body = null, float $deadline = INF ): Response {
		$attempt = fn ( string $base_url ): array => $this->attempt( $base_url . $request_uri, $method, $headers, $body, $deadline );
		return 1 === count( $this->base_urls ) ? $attempt( $this->base_urls[0] )[0] : ( new SidecarFailover( $this->base_urls ) )->send( $attempt );
	}

	/**
	 * One request to one instance.
	 *
	 * @param string                $url      Full URL.
	 * @param string                $method   HTTP method.
	 * @param array<string, string> $headers  Request headers.
	 * @param string|null           $body     Request body.
	 * @param float                 $deadline Unix time by which the answer is needed.
	 * @return array{0: Response, 1: bool} The answer, and whether the request never reached the instance (no connection).
	 */
	private function attempt( string $url, string $method, array $headers, ?string $body, float $deadline ): array {
		$received = array();
		$handle   = curl_init( $url );
		curl_setopt_array( $handle, self::options( $method, $headers, $deadline, $received ) );
		if ( null !== $body ) {
			curl_setopt( $handle, CURLOPT_POSTFIELDS, $body );
		}
		$answer    = curl_exec( $handle );
		$status    = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
		$error     = curl_error( $handle );
		$unreached = in_array( curl_errno( $handle ), array( CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT ), true ) || 0 === curl_getinfo( $handle, CURLINFO_CONNECT_TIME_T );
		curl_close( $handle );
		if ( false === $answer || 0 === $status ) {
			return array( new Response( 0, array(), '', '' !== $error ? $error : 'no answer' ), $unreached );
		}
		return array( new Response( $status, $received, (string) $answer ), false );
	}

	/**
	 * The curl options of one request.
	 *
	 * @param string                $method   HTTP method.
	 * @param array<string, string> $headers  Request headers.
	 * @param float                 $deadline Unix time by which the answer is needed.
	 * @param array<string, string> $received Filled with the answer's headers (lowercase names).
	 */
	private static function options( string $method, array $headers, float $deadline, array &$received ): array {
		$lines = array( 'Expect:' );
		foreach ( $headers as $name => $value ) {
			$lines[] = $name . ': ' . $value;
		}
		return array(
			CURLOPT_CUSTOMREQUEST     => $method,
			CURLOPT_NOBODY            => 'HEAD' === $method,
			CURLOPT_RETURNTRANSFER    => true,
			CURLOPT_HTTPHEADER        => $lines,
			CURLOPT_CONNECTTIMEOUT_MS => self::CONNECT_TIMEOUT_MS,
			CURLOPT_TIMEOUT_MS        => self::timeout_ms( $deadline ),
			// Sub-second timeouts must not rely on SIGALRM (curl's advice for threaded servers).
			CURLOPT_NOSIGNAL          => true,
			CURLOPT_FOLLOWLOCATION    => false,
			CURLOPT_PATH_AS_IS        => true,
			CURLOPT_PROTOCOLS         => CURLPROTO_HTTP | CURLPROTO_HTTPS,
			CURLOPT_HEADERFUNCTION    => static function ( $curl, string $line ) use ( &$received ): int {
				$parts = explode( ':', $line, 2 );
				if ( 2 === count( $parts ) ) {
					$name = strtolower( trim( $parts[0] ) );
					// A repeated header is one comma-separated list (RFC 9110 5.3).
					$received[ $name ] = ( isset( $received[ $name ] ) ? $received[ $name ] . ', ' : '' ) . trim( $parts[1] );
				}
				return strlen( $line );
			},
		);
	}

	/**
	 * Milliseconds left until the deadline, within [MIN_TIMEOUT_MS, TOTAL_TIMEOUT_MS].
	 *
	 * @param float $deadline Unix time.
	 */
	private static function timeout_ms( float $deadline ): int {
		$left = ( $deadline - microtime( true ) ) * 1000;
		return (int) max( self::MIN_TIMEOUT_MS, min( self::TOTAL_TIMEOUT_MS, $left ) );
	}
}
