<?php
/**
 * HTTP client for the sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

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

	/**
	 * Constructor.
	 *
	 * @param string $base_url Sidecar base URL without trailing slash.
	 */
	public function __construct( private string $base_url ) {
	}

	public function base_url(): string {
		return $this->base_url;
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
		$received = array();
		$handle   = curl_init( $this->base_url . $request_uri );
		$lines    = array( 'Expect:' );
		foreach ( $headers as $name => $value ) {
			$lines[] = $name . ': ' . $value;
		}
		curl_setopt_array(
			$handle,
			array(
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
			)
		);
		if ( null !== $body ) {
			curl_setopt( $handle, CURLOPT_POSTFIELDS, $body );
		}
		$answer = curl_exec( $handle );
		$status = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
		$error  = curl_error( $handle );
		curl_close( $handle );
		if ( false === $answer || 0 === $status ) {
			return new Response( 0, array(), '', '' !== $error ? $error : 'no answer' );
		}
		return new Response( $status, $received, (string) $answer );
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
