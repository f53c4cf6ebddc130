<?php
/**
 * oct8ne hosts per region and the shape of a host value.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Vendors\Manifest;

defined( 'ABSPATH' ) || exit;

/**
 * oct8ne names its hosts without a scheme and with a trailing slash ("backoffice-eu.oct8ne.com/");
 * link-up may return others, which then win over the region's defaults.
 */
final class Hosts {

	private const DEFAULTS = array(
		'eu' => array(
			'server' => 'backoffice-eu.oct8ne.com/',
			'static' => 'static-eu.oct8ne.com/',
		),
		'us' => array(
			'server' => 'backoffice.oct8ne.com/',
			'static' => 'static.oct8ne.com/',
		),
	);

	/**
	 * The back-office host (widget `server`, real-time updates).
	 *
	 * @param array $values The module's values.
	 */
	public static function server( array $values ): string {
		return self::pick( (string) $values['server'], (string) $values['region'], 'server' );
	}

	/**
	 * The static host (widget and sale-notification scripts).
	 *
	 * @param array $values The module's values.
	 */
	public static function static_server( array $values ): string {
		return self::pick( (string) $values['staticServer'], (string) $values['region'], 'static' );
	}

	/**
	 * A host as oct8ne returned it ("https://x.oct8ne.com", "x.oct8ne.com/") in the stored shape, '' when
	 * it is not a host.
	 *
	 * @param string $value Raw value.
	 */
	public static function normalize( string $value ): string {
		$host = trailingslashit( (string) preg_replace( '#^(https?:)?//#i', '', trim( $value ) ) );
		return '/' !== $host && preg_match( '#' . self::pattern() . '#', $host ) ? $host : '';
	}

	private static function pick( string $configured, string $region, string $kind ): string {
		return '' !== $configured ? $configured : self::DEFAULTS[ 'us' === $region ? 'us' : 'eu' ][ $kind ];
	}

	/** What a stored host looks like (host[:port]/ plus path segments ending in "/"): the setting's pattern. */
	private static function pattern(): string {
		return Manifest::read( 'oct8ne' )['settings']['server']['pattern'];
	}
}
