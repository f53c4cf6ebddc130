<?php
/**
 * Names and readers of the plugin-wide options.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin-wide options (vendor options belong to their modules).
 */
final class Options {

	/** Every option of the plugin starts with this (uninstall relies on it). */
	public const PREFIX = 'commerce_bridge_';

	/** Plugin-wide settings array (autoloaded). */
	public const SETTINGS = 'commerce_bridge_settings';

	/** BRIDGE_SECRET shared with the sidecar (autoload off). */
	public const SECRET = 'commerce_bridge_secret';

	/** Appended to a vendor option's name for the option holding its secrets (not autoloaded). */
	public const SECRETS_SUFFIX = '_secrets';

	/** User meta: the admin notice's problems the user dismissed (NoticeProblems::fingerprint()). */
	public const NOTICE_DISMISSED = 'commerce_bridge_notice_dismissed';

	/** Version of the tables last installed. */
	public const SCHEMA_VERSION = 'commerce_bridge_schema_version';

	public const DEFAULT_SIDECAR_URL = 'http://127.0.0.1:8787';

	/** Plugin-wide defaults, seeded on activation. */
	public static function defaults(): array {
		return array( 'sidecarUrl' => self::DEFAULT_SIDECAR_URL );
	}

	/**
	 * Sidecar base URL without a trailing slash: the first of COMMERCE_BRIDGE_SIDECAR_URLS when that
	 * lists several, else COMMERCE_BRIDGE_SIDECAR_URL, else the option.
	 */
	public static function sidecar_url(): string {
		return self::sidecar_urls()[0];
	}

	/**
	 * Every instance of the sidecar WordPress may send a request to (SidecarClient spreads requests over
	 * them and passes over one that does not accept connections). COMMERCE_BRIDGE_SIDECAR_URLS in
	 * wp-config.php, an array or a comma-separated string, lists them; without it there is one.
	 *
	 * @return non-empty-list<string>
	 */
	public static function sidecar_urls(): array {
		$listed = defined( 'COMMERCE_BRIDGE_SIDECAR_URLS' ) ? COMMERCE_BRIDGE_SIDECAR_URLS : array();
		$urls   = array_map( static fn ( $url ): string => untrailingslashit( trim( (string) $url ) ), is_array( $listed ) ? $listed : explode( ',', (string) $listed ) );
		$urls   = array_values( array_unique( array_filter( $urls ) ) );
		return $urls ? $urls : array( self::configured_sidecar_url() );
	}

	/** The one sidecar URL: the constant wins over the option. */
	private static function configured_sidecar_url(): string {
		if ( defined( 'COMMERCE_BRIDGE_SIDECAR_URL' ) && is_string( COMMERCE_BRIDGE_SIDECAR_URL ) ) {
			return untrailingslashit( COMMERCE_BRIDGE_SIDECAR_URL );
		}
		$settings = get_option( self::SETTINGS, array() );
		$url      = is_array( $settings ) && ! empty( $settings['sidecarUrl'] ) ? (string) $settings['sidecarUrl'] : self::DEFAULT_SIDECAR_URL;
		return untrailingslashit( $url );
	}

	/** The shared secret, '' when activation has not run. */
	public static function secret(): string {
		$secret = get_option( self::SECRET, '' );
		return is_string( $secret ) ? $secret : '';
	}
}
