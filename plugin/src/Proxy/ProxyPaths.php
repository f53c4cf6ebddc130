<?php
/**
 * The public paths WordPress hands to the sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * One definition of the proxy paths, shared by the rewrite rules and the early forwarder.
 */
final class ProxyPaths {

	public const OCT8NE = '^oct8ne/frame/([A-Za-z]+)/?$';
	public const BRIDGE = '^commerce-bridge/([a-z0-9-]+)/(.+?)/?$';

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
		if ( ! preg_match( self::SAFE_PATH, $path ) || self::has_dot_segment( $path ) ) {
			return false;
		}
		if ( preg_match( '~' . self::OCT8NE . '~', $path ) ) {
			return true;
		}
		return preg_match( '~' . self::BRIDGE . '~', $path, $match ) && in_array( $match[1], $this->segments, true );
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
