<?php
/**
 * uninstall.php removes everything, on a table prefix of its own.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Install\Installer;
use CommerceBridge\Install\Tables;
use CommerceBridge\Install\Uninstaller;
use CommerceBridge\Plugin;
use CommerceBridge\Vendors\Belco\Sync\Queue;

/**
 * Installs into a scratch prefix (its own options table), runs the real uninstall.php there, and
 * checks nothing of the plugin is left; the site's own tables are never touched.
 */
final class UninstallTest extends \PHPUnit\Framework\TestCase {

	private const SCRATCH = 'cbuninstall_';

	public function test_uninstall_removes_every_option_and_table(): void {
		global $wpdb;
		$site_prefix = $wpdb->prefix;
		$wpdb->query( 'CREATE TABLE ' . self::SCRATCH . "options LIKE {$site_prefix}options" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->set_prefix( self::SCRATCH );
		wp_cache_flush();
		try {
			Plugin::instance()->get( Installer::class )->activate();
			$this->assertCount( count( Tables::all() ), $this->scratch_tables(), 'activation created the tables' );
			$this->assertNotEmpty( $this->plugin_options(), 'activation created options' );

			if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
				define( 'WP_UNINSTALL_PLUGIN', 'commerce-bridge/commerce-bridge.php' );
			}
			require dirname( __DIR__ ) . '/uninstall.php';

			$this->assertSame( array(), $this->scratch_tables() );
			$this->assertSame( array(), $this->plugin_options() );
			$this->assertFileDoesNotExist( EarlyLoader::for_site()->path(), 'the must-use loader is gone' );
		} finally {
			// The loader is the site's own (the stack's activation wrote it): put it back.
			EarlyLoader::for_site()->install();
			foreach ( Tables::all() as $table ) {
				$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			}
			$wpdb->query( 'DROP TABLE IF EXISTS ' . self::SCRATCH . 'options' );
			$wpdb->set_prefix( $site_prefix );
			wp_cache_flush();
		}
	}

	public function test_uninstall_cancels_the_plugins_pending_actions_and_no_one_elses(): void {
		$ours   = as_schedule_single_action( time() + HOUR_IN_SECONDS, Queue::HOOK, array( 999999 ), Queue::GROUP );
		$theirs = as_schedule_single_action( time() + HOUR_IN_SECONDS, 'someone_elses_hook', array(), 'someone-else' );
		try {
			Uninstaller::cancel_queued_calls();
			$this->assertSame( array(), as_get_scheduled_actions( array( 'group' => Queue::GROUP, 'status' => \ActionScheduler_Store::STATUS_PENDING ), 'ids' ) );
			$this->assertSame( array( $theirs ), array_map( 'intval', as_get_scheduled_actions( array( 'group' => 'someone-else', 'status' => \ActionScheduler_Store::STATUS_PENDING ), 'ids' ) ) );
		} finally {
			as_unschedule_all_actions( 'someone_elses_hook' );
			\ActionScheduler::store()->delete_action( $ours );
		}
	}

	private function scratch_tables(): array {
		global $wpdb;
		return $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( self::SCRATCH . 'commerce_bridge_' ) . '%' ) );
	}

	private function plugin_options(): array {
		global $wpdb;
		return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE 'commerce\\_bridge\\_%'" ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
