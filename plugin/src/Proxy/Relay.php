<?php
/**
 * One proxied request: to the sidecar and back to the client.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * What every proxy path guarantees, whether it answers early (EarlyPath, before the plugins load) or
 * late (Forwarder, once WordPress knows the user): the circuit breaker, the answer deadline,
 * X-Forwarded-For, the header allow-list both ways, nosniff and no-store unless the sidecar says
 * otherwise, and the proxy's own 503 with Retry-After while the sidecar cannot answer.
 */
final class Relay {

	/**
	 * Seconds after PHP got the request by which a failing sidecar has been given up on, so the
	 * browser has its 503 within 2 s even when it waited for a free PHP worker.
	 */
	private const ANSWER_WITHIN = 1.0;

	/** Response header naming the path that answered ("early" or "late"), for tests, the bench and support. */
	public const PATH_HEADER = 'x-commerce-bridge-path';

	/**
	 * Constructor.
	 *
	 * @param SidecarClient  $client  Sidecar client.
	 * @param CircuitBreaker $breaker Breaker in front of that sidecar.
	 */
	public function __construct( private SidecarClient $client, private CircuitBreaker $breaker ) {
	}

	/**
	 * Forwards one request and builds the answer; headers pass both ways only through HeaderAllowList.
	 *
	 * @param ProxyRequest          $request  Request to forward.
	 * @param array<string, string> $identity Signed identity headers (none on the early path).
	 * @param array<string, string> $headers  Every incoming request header (name in any case => value).
	 * @param string|null           $body     Request body.
	 */
	public function forward( ProxyRequest $request, array $identity, array $headers, ?string $body ): Response {
		$retry = $this->breaker->refusal();
		if ( null !== $retry ) {
			return self::unavailable( $retry );
		}
		// The sidecar sees WordPress's address; this one gives each client its own failed-token budget.
		$client = '' === $request->client ? array() : array( 'X-Forwarded-For' => $request->client );
		// The allow-list holds neither, and ours come first (`+` keeps the left one): none can be forged.
		$answer = $this->client->send( $request->method, $request->request_uri(), $identity + $client + HeaderAllowList::request( $headers ), $body, $request->received + self::ANSWER_WITHIN );
		if ( 0 === $answer->status ) {
			return self::unavailable( $this->breaker->failed( $answer->error ) );
		}
		$this->breaker->succeeded();
		$defaults = array(
			'x-content-type-options' => 'nosniff',
			'cache-control'          => 'no-store',
		);
		return new Response( $answer->status, HeaderAllowList::response( $answer->headers ) + $defaults, $answer->body );
	}

	/**
	 * The proxy's own 503 while the sidecar cannot answer.
	 *
	 * @param int $retry_after Seconds until the sidecar is tried again.
	 */
	public static function unavailable( int $retry_after ): Response {
		return Response::error( 503, 'sidecar_unavailable', array( 'retry-after' => (string) $retry_after ) );
	}

	/**
	 * Writes the answer; anything not explicitly public is kept out of page caches.
	 *
	 * @param Response $response Answer for the browser.
	 * @param string   $path     Which path answered: "early" or "late".
	 */
	public static function send( Response $response, string $path ): void {
		if ( ! preg_match( '/\b(public|s-maxage)\b/i', $response->header( 'cache-control' ) ) ) {
			if ( ! defined( 'DONOTCACHEPAGE' ) ) {
				define( 'DONOTCACHEPAGE', true );
			}
			nocache_headers();
		}
		status_header( $response->status );
		foreach ( array( self::PATH_HEADER => $path ) + $response->headers as $name => $value ) {
			header( $name . ': ' . $value );
		}
		echo $response->body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the sidecar's body, passed through with its Content-Type.
	}

	/**
	 * Raw body of methods that carry one.
	 *
	 * @param string $method HTTP method.
	 */
	public static function incoming_body( string $method ): ?string {
		if ( in_array( $method, array( 'GET', 'HEAD', 'OPTIONS' ), true ) ) {
			return null;
		}
		$body = file_get_contents( 'php://input' );
		return false === $body ? '' : $body;
	}
}
