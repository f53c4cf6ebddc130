<?php
/**
 * The plugin-wide "require consent" switch.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Consent;

use CommerceBridge\Options;

defined( 'ABSPATH' ) || exit;

/**
 * Kept in the plugin-wide settings option next to the sidecar URL.
 */
final class ConsentSettings {

	public const REQUIRE = 'requireConsent';

	/** True when nothing may load before a consent plugin says the visitor agreed. */
	public static function required(): bool {
		$settings = get_option( Options::SETTINGS, array() );
		return is_array( $settings ) && true === ( $settings[ self::REQUIRE ] ?? false );
	}

	/**
	 * Stores the switch, keeping the other plugin-wide settings.
	 *
	 * @param bool $required New value.
	 */
	public static function set_required( bool $required ): void {
		$settings = get_option( Options::SETTINGS, array() );
		$settings = is_array( $settings ) ? $settings : array();
		update_option( Options::SETTINGS, array( self::REQUIRE => $required ) + $settings );
	}

	/** True when the WP Consent API plugin (or another implementation of it) is loaded. */
	public static function api_present(): bool {
		return function_exists( 'wp_has_consent' ) && function_exists( 'wp_get_consent_type' );
	}
}
