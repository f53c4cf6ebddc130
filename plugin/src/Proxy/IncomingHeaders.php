<?php
/**
 * The request headers as PHP received them, whatever the web server.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * nginx + php-fpm hand every header over as HTTP_* (Authorization included); Apache's CGI/FPM setups
 * drop Authorization unless CGIPassAuth or a SetEnvIf/RewriteRule passes it, and then it arrives as
 * REDIRECT_HTTP_AUTHORIZATION; mod_php keeps it only in getallheaders(). All three are read here;
 * HeaderAllowList decides what is passed on.
 */
final class IncomingHeaders {

	/**
	 * Lowercase name => value of every header found.
	 *
	 * @param array<string, mixed> $server $_SERVER.
	 * @param array<string, mixed> $listed getallheaders(), where the SAPI has it.
	 * @return array<string, string>
	 */
	public static function read( array $server, array $listed ): array {
		$headers = array();
		foreach ( $listed as $name => $value ) {
			$headers[ strtolower( (string) $name ) ] = (string) $value;
		}
		foreach ( $server as $key => $value ) {
			if ( is_string( $value ) && str_starts_with( (string) $key, 'HTTP_' ) ) {
				$headers[ strtolower( str_replace( '_', '-', substr( $key, 5 ) ) ) ] = $value;
			}
		}
		// CGI's meta-variable, without the HTTP_ prefix.
		if ( isset( $server['CONTENT_TYPE'] ) && is_string( $server['CONTENT_TYPE'] ) ) {
			$headers['content-type'] = $server['CONTENT_TYPE'];
		}
		if ( ! isset( $headers['authorization'] ) && isset( $server['REDIRECT_HTTP_AUTHORIZATION'] ) && is_string( $server['REDIRECT_HTTP_AUTHORIZATION'] ) ) {
			$headers['authorization'] = $server['REDIRECT_HTTP_AUTHORIZATION'];
		}
		return $headers;
	}

	/** The current request's headers. */
	public static function current(): array {
		$listed = function_exists( 'getallheaders' ) ? getallheaders() : array();
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- raw on purpose: HeaderAllowList validates the few names passed on.
		return self::read( $_SERVER, is_array( $listed ) ? $listed : array() );
	}
}
