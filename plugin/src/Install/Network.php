<?php
/**
 * Multisite: every site of a network gets (and loses) the plugin's tables and options.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Network activation runs the installer on every site, a site created later while the plugin is
 * network-active is set up when WordPress initialises it, and deleting a site drops our tables with its
 * own. Options and tables are per site ($wpdb->prefix follows switch_to_blog()).
 */
final class Network implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Installer $installer Installer of one site.
	 * @param string    $basename  The plugin's basename (commerce-bridge/commerce-bridge.php).
	 */
	public function __construct( private Installer $installer, private string $basename ) {
	}

	public function register(): void {
		// After WordPress's own set-up of the site (priority 10) created its tables and options.
		add_action( 'wp_initialize_site', array( $this, 'initialize_site' ), 100 );
		add_filter( 'wpmu_drop_tables', array( $this, 'drop_tables' ), 10, 2 );
	}

	/**
	 * Activation: this site, or every site when network-activated.
	 *
	 * @param bool $network_wide Activated for the whole network.
	 */
	public function activate( bool $network_wide ): void {
		$this->run( $network_wide, fn () => $this->installer->activate() );
	}

	/**
	 * Deactivation: this site, or every site when network-deactivated.
	 *
	 * @param bool $network_wide Deactivated for the whole network.
	 */
	public function deactivate( bool $network_wide ): void {
		$this->run( $network_wide, fn () => $this->installer->deactivate() );
	}

	/**
	 * A new site of a network where the plugin is network-active.
	 *
	 * @param \WP_Site $site The new site.
	 */
	public function initialize_site( \WP_Site $site ): void {
		if ( ! function_exists( 'is_plugin_active_for_network' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
		}
		if ( is_plugin_active_for_network( $this->basename ) ) {
			self::on_site( (int) $site->blog_id, fn () => $this->installer->activate() );
		}
	}

	/**
	 * Our tables go with a deleted site's.
	 *
	 * @param string[] $tables  Tables WordPress drops.
	 * @param int      $site_id The deleted site.
	 * @return string[]
	 */
	public function drop_tables( array $tables, int $site_id ): array {
		$ours = array();
		self::on_site( $site_id, static function () use ( &$ours ) {
			$ours = Tables::all();
		} );
		return array_merge( $tables, $ours );
	}

	/**
	 * Runs a step on every site of the network (ids fetched in pages of 100).
	 *
	 * @param callable(): void $step Work for the current site.
	 */
	public static function each_site( callable $step ): void {
		for ( $offset = 0; $ids = get_sites( array( 'fields' => 'ids', 'number' => 100, 'offset' => $offset ) ); $offset += 100 ) { // phpcs:ignore Generic.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition,Squiz.PHP.DisallowMultipleAssignments.FoundInControlStructure -- paging.
			foreach ( $ids as $id ) {
				self::on_site( (int) $id, $step );
			}
		}
	}

	/**
	 * Runs a step on one site.
	 *
	 * @param int              $site_id Site (blog) id.
	 * @param callable(): void $step    Work.
	 */
	private static function on_site( int $site_id, callable $step ): void {
		switch_to_blog( $site_id );
		try {
			$step();
		} finally {
			restore_current_blog();
		}
	}

	/**
	 * Every site for a network-wide action on a network, else this site only.
	 *
	 * @param bool             $network_wide Network-wide.
	 * @param callable(): void $step         Work for one site.
	 */
	private function run( bool $network_wide, callable $step ): void {
		if ( $network_wide && is_multisite() ) {
			self::each_site( $step );
			return;
		}
		$step();
	}
}
