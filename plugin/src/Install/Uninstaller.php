<?php
/**
 * Removes every trace of the plugin.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

use CommerceBridge\Options;
use CommerceBridge\Vendors\Belco\Sync\Queue;

defined( 'ABSPATH' ) || exit;

/**
 * Drops the plugin's tables and deletes every `commerce_bridge_*` option on every site (of a network
 * too), the users' notice dismissals, and the must-use loader (gone already when the plugin was
 * deactivated first, as wp-admin does).
 */
final class Uninstaller {

	public static function run(): void {
		if ( is_multisite() ) {
			Network::each_site( array( self::class, 'clean_site' ) );
		} else {
			self::clean_site();
		}
		delete_metadata( 'user', 0, Options::NOTICE_DISMISSED, '', true );
		// uninstall.php runs without the main file (no COMMERCE_BRIDGE_* constants); removing needs only the directory.
		( new EarlyLoader( dirname( __DIR__, 2 ) . '/commerce-bridge.php', '', WPMU_PLUGIN_DIR ) )->remove();
	}

	/** The current site's queued calls, tables and options. */
	public static function clean_site(): void {
		global $wpdb;
		self::cancel_queued_calls();
		foreach ( Tables::all() as $table ) {
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from Tables.
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" );
		}
		$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( Options::PREFIX ) . '%' ) );
		foreach ( $names as $name ) {
			delete_option( $name );
		}
	}

	/** Pending Action Scheduler actions of the plugin's group: without the plugin, they would only fail. */
	public static function cancel_queued_calls(): void {
		if ( function_exists( 'as_unschedule_all_actions' ) ) {
			as_unschedule_all_actions( '', array(), Queue::GROUP );
		}
	}
}
