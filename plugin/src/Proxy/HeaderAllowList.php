<?php
/**
 * The one list of headers the proxy passes on, in each direction.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Every header named here is read or set by a sidecar route; everything else stays behind (cookies,
 * WordPress's own headers, the client's copies of the signed identity headers, Accept-Encoding so the
 * sidecar answers uncompressed bytes that PHP can pass on as they are).
 */
final class HeaderAllowList {

	/** Browser or vendor platform → sidecar. */
	public const REQUEST = 1;

	/** Sidecar → browser or vendor platform. */
	public const RESPONSE = 2;

	/** @var array<string, int> Lowercase name => directions. */
	public const HEADERS = array(
		// Loymax feeds: `Bearer <feedToken>`, Loymax's own REST style.
		'authorization'           => self::REQUEST,
		// Request bodies (JSON) and every answer (JSON, JSONP, the Belco frame's HTML).
		'content-type'            => self::REQUEST | self::RESPONSE,
		// Set by the browser only (scripts cannot): another site's page gets a guest, shopper JSONP only the shop's own pages.
		'sec-fetch-site'          => self::REQUEST,
		// no-store on identity-bearing and token-guarded answers, public on the Bambuser product data.
		'cache-control'           => self::RESPONSE,
		// The Belco frame: nonce'd scripts and `frame-ancestors https://app.belco.io`.
		'content-security-policy' => self::RESPONSE,
		'x-content-type-options'  => self::RESPONSE,
		// Belco custom orders: total for paging.
		'x-total-count'           => self::RESPONSE,
		// 429 after too many wrong tokens, 503 while the database is down.
		'retry-after'             => self::RESPONSE,
	);

	/** Longest value passed on; a longer one is dropped (the route then answers as if it were absent). */
	private const MAX_VALUE = 8192;

	/**
	 * The allowed request headers, with canonical names for curl.
	 *
	 * @param array<string, string> $incoming Header name (any case) => value.
	 * @return array<string, string>
	 */
	public static function request( array $incoming ): array {
		$out = array();
		foreach ( self::filter( $incoming, self::REQUEST ) as $name => $value ) {
			$out[ ucwords( $name, '-' ) ] = $value;
		}
		return $out;
	}

	/**
	 * The allowed response headers, lowercase names.
	 *
	 * @param array<string, string> $received Header name (any case) => value.
	 * @return array<string, string>
	 */
	public static function response( array $received ): array {
		return self::filter( $received, self::RESPONSE );
	}

	/**
	 * Allowed names in one direction whose values are single-line text within MAX_VALUE.
	 *
	 * @param array<string, string> $headers   Name => value.
	 * @param int                   $direction REQUEST or RESPONSE.
	 * @return array<string, string> Lowercase name => trimmed value.
	 */
	private static function filter( array $headers, int $direction ): array {
		$out = array();
		foreach ( $headers as $name => $value ) {
			$name = strtolower( (string) $name );
			if ( ! ( ( self::HEADERS[ $name ] ?? 0 ) & $direction ) || ! is_string( $value ) ) {
				continue;
			}
			$value = trim( $value, " \t" );
			// No CR, LF or other control bytes: a header value must not end one header and start another.
			if ( '' !== $value && strlen( $value ) <= self::MAX_VALUE && ! preg_match( '/[\x00-\x08\x0A-\x1F\x7F]/', $value ) ) {
				$out[ $name ] = $value;
			}
		}
		return $out;
	}
}
