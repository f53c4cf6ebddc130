<?php
/**
 * Removes every trace of the plugin.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

use CommerceBridge\Options;

defined( 'ABSPATH' ) || exit;

/**
 * Drops the plugin's tables and deletes every `commerce_bridge_*` option.
 */
final class Uninstaller {

	public static function run(): void {
		global $wpdb;
		foreach ( Tables::all() as $table ) {
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from Tables.
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" );
		}
		$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( Options::PREFIX ) . '%' ) );
		foreach ( $names as $name ) {
			delete_option( $name );
		}
	}
}
