<?php
/**
 * The public paths WordPress hands to the sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * One definition of the proxy paths, shared by the rewrite rules, the Forwarder and the EarlyPath.
 */
final class ProxyPaths {

	public const OCT8NE = '^oct8ne/frame/([A-Za-z]+)/?$';
	public const BRIDGE = '^commerce-bridge/([a-z0-9-]+)/(.+?)/?$';

	/**
	 * Paths whose sidecar routes never read the shopper's identity, so they can be answered before
	 * WordPress knows the user (EarlyPath). oct8ne: every method the sidecar does not mark
	 * `sessionBound` (sidecar/src/vendors/oct8ne) — product data, search, the adapter info and the
	 * apiToken-protected order methods; customerData, getCart and addToWishlist stay on the late path.
	 * Belco's orders API and agent frame, the Loymax feeds (feed token) and the Bambuser product data
	 * (public) read no identity either. Anything not listed here (core/identity, unknown oct8ne
	 * methods, new routes) goes through WordPress first.
	 */
	private const IDENTITY_FREE = array(
		'~^oct8ne/frame/(?i:getadapterinfo|productinfo|productsummary|productrelated|search|getorders|getorderdetails|getsalesreport)/?$~',
		'~^commerce-bridge/belco/(?:frame|orders)/?$~',
		'~^commerce-bridge/(?:loymax|bambuser)/[^/].*$~',
	);

	/**
	 * Sidecar routes only the plugin asks (signed, server to server): the shopper's profile and cart, and an
	 * order's lines (Bambuser's purchase event, the order key its only proof), reach the browser through the
	 * shopper routes alone (Frontend/ShopperRoute), never straight through the proxy, early or late.
	 */
	private const INTERNAL = '~^commerce-bridge/(?:core/shopper|bambuser/purchase)(?:/|$)~i';

	/** Query var of the rewrites, also accepted directly for plain permalinks. */
	public const QUERY_VAR = 'commerce_bridge_path';

	/** Characters allowed in a forwarded path (RFC 3986 pchar and "/"). */
	private const SAFE_PATH = '~^[A-Za-z0-9._\~!$&\'()*+,;=:@%/-]+$~';

	/**
	 * Constructor.
	 *
	 * @param list<string> $segments Allowed first segments after commerce-bridge/ (vendor ids and "core").
	 */
	public function __construct( private array $segments ) {
	}

	/**
	 * Whether a site-relative path (no leading slash) may be forwarded.
	 *
	 * @param string $path Raw (still percent-encoded) path.
	 */
	public function matches( string $path ): bool {
		if ( ! self::is_forwardable( $path ) ) {
			return false;
		}
		if ( preg_match( '~' . self::OCT8NE . '~', $path ) ) {
			return true;
		}
		return preg_match( '~' . self::BRIDGE . '~', $path, $match ) && in_array( $match[1], $this->segments, true );
	}

	/**
	 * Whether a site-relative path is a proxy path the sidecar answers without the shopper's identity.
	 *
	 * @param string $path Raw (still percent-encoded) path.
	 */
	public static function identity_free( string $path ): bool {
		if ( ! self::is_forwardable( $path ) ) {
			return false;
		}
		foreach ( self::IDENTITY_FREE as $pattern ) {
			if ( preg_match( $pattern, $path ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Safe, and not a route only the plugin asks.
	 *
	 * @param string $path Raw path.
	 */
	private static function is_forwardable( string $path ): bool {
		return self::is_safe( $path ) && ! preg_match( self::INTERNAL, $path );
	}

	/**
	 * Only path characters, and no segment that could leave the vendor's prefix.
	 *
	 * @param string $path Raw path.
	 */
	private static function is_safe( string $path ): bool {
		return preg_match( self::SAFE_PATH, $path ) && ! self::has_dot_segment( $path );
	}

	/**
	 * "." or ".." segments (also percent-encoded) would let a path escape its vendor prefix.
	 *
	 * @param string $path Raw path.
	 */
	private static function has_dot_segment( string $path ): bool {
		foreach ( explode( '/', strtolower( str_replace( '%2e', '.', strtolower( $path ) ) ) ) as $segment ) {
			if ( '.' === $segment || '..' === $segment ) {
				return true;
			}
		}
		return false;
	}
}
