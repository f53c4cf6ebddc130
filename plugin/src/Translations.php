<?php
/**
 * The plugin's translations: PHP strings and the strings of its scripts.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

defined( 'ABSPATH' ) || exit;

/**
 * Translations come from WordPress's language packs (wp-content/languages/plugins) or from the plugin's
 * own languages/ folder, whose commerce-bridge.pot the build extracts from the PHP and TypeScript sources.
 */
final class Translations implements Registerable {

	public const DOMAIN = 'commerce-bridge';

	public function register(): void {
		add_action( 'init', array( $this, 'load_textdomain' ), 0 );
		// Before the first script is printed, in wp-admin, the editor and the storefront alike.
		add_action( 'wp_print_scripts', array( $this, 'set_script_translations' ), 0 );
	}

	public function load_textdomain(): void {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( COMMERCE_BRIDGE_FILE ) ) . '/languages' );
	}

	/**
	 * Every registered script of ours that uses wp-i18n (the settings app, the editor blocks registered
	 * from block.json) reads its JSON translations from the language packs or languages/.
	 */
	public function set_script_translations(): void {
		foreach ( wp_scripts()->registered as $handle => $script ) {
			if ( str_starts_with( (string) $handle, self::DOMAIN ) && in_array( 'wp-i18n', (array) $script->deps, true ) ) {
				wp_set_script_translations( (string) $handle, self::DOMAIN, self::directory() );
			}
		}
	}

	/** The plugin's own languages/ folder. */
	public static function directory(): string {
		return COMMERCE_BRIDGE_DIR . 'languages';
	}
}
