<?php
/**
 * The incoming request, as far as the proxy needs it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Method, site-relative path and raw query of the current request, validated from $_SERVER.
 */
final class ProxyRequest {

	private const METHODS = array( 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS' );

	/** Raw query characters (RFC 3986); anything else means the request is not ours to forward. */
	private const SAFE_QUERY = '~^[A-Za-z0-9._\~!$&\'()*+,;=:@%/?\[\]-]*$~';

	/** Unix time the web server handed the request to PHP: the proxy's answer deadline counts from here. */
	public readonly float $received;

	/**
	 * Constructor.
	 *
	 * @param string     $method   HTTP method, upper case.
	 * @param string     $path     Site-relative path without leading slash, still percent-encoded.
	 * @param string     $query    Raw query string without "?".
	 * @param string     $client   The client's IP address as the web server saw it, '' when unknown.
	 * @param float|null $received Unix time the request arrived; null: now.
	 */
	public function __construct(
		public readonly string $method,
		public readonly string $path,
		public readonly string $query,
		public readonly string $client = '',
		?float $received = null
	) {
		$this->received = $received ?? microtime( true );
	}

	/**
	 * Reads the current request; null when it cannot be a proxy request.
	 *
	 * @param string $home_path Path of the home URL (a WordPress in a subdirectory), e.g. "/" or "/shop/".
	 */
	public static function from_globals( string $home_path ): ?self {
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated against SAFE_QUERY and ProxyPaths below.
		$uri = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_unslash( $_SERVER['REQUEST_URI'] ) : '';
		if ( ! in_array( $method, self::METHODS, true ) ) {
			return null;
		}
		$parts = explode( '?', $uri, 2 );
		$query = $parts[1] ?? '';
		if ( ! str_starts_with( $parts[0], $home_path ) || ! preg_match( self::SAFE_QUERY, $query ) ) {
			return null;
		}
		$path   = substr( $parts[0], strlen( $home_path ) );
		$client = (string) filter_var( $_SERVER['REMOTE_ADDR'] ?? '', FILTER_VALIDATE_IP );
		$self   = new self( $method, $path, $query, $client, (float) ( $_SERVER['REQUEST_TIME_FLOAT'] ?? microtime( true ) ) );
		return '' === $path || 'index.php' === $path ? $self->from_query_var() : $self;
	}

	/** Path and query exactly as sent to the sidecar. */
	public function request_uri(): string {
		return '/' . $this->path . ( '' === $this->query ? '' : '?' . $this->query );
	}

	/** Plain permalinks: /?commerce_bridge_path=<path>&… forwards <path> with the other parameters. */
	private function from_query_var(): ?self {
		$path = null;
		$rest = array();
		foreach ( explode( '&', $this->query ) as $pair ) {
			if ( str_starts_with( $pair, ProxyPaths::QUERY_VAR . '=' ) ) {
				$path = rawurldecode( substr( $pair, strlen( ProxyPaths::QUERY_VAR ) + 1 ) );
			} elseif ( '' !== $pair ) {
				$rest[] = $pair;
			}
		}
		return null === $path ? null : new self( $this->method, ltrim( $path, '/' ), implode( '&', $rest ), $this->client, $this->received );
	}
}
