<?php
/**
 * Multisite: network activation sets up every site (and sites created later), deleting a site or
 * uninstalling cleans up after the plugin on every site.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Multisite;

use CommerceBridge\Install\Tables;

/**
 * Runs network.php steps in PHP processes of their own on a real subdirectory network (table prefix
 * phpms_, same database as the suite) and inspects its tables with the suite's connection. The network
 * is installed once per run and dropped afterwards.
 */
final class MultisiteTest extends \PHPUnit\Framework\TestCase {

	private const PREFIX = 'phpms_';

	private static string $mu_dir;

	public static function setUpBeforeClass(): void {
		self::drop_network();
		self::$mu_dir = sys_get_temp_dir() . '/commerce-bridge-ms-' . getmypid();
		wp_mkdir_p( self::$mu_dir );
		self::step( 'install' );
		self::assertMatchesRegularExpression( '/^\d+$/', self::step( 'add-site', 'before' ), 'a site that exists before the activation' );
	}

	public static function tearDownAfterClass(): void {
		self::drop_network();
		foreach ( (array) glob( self::$mu_dir . '/*' ) as $file ) {
			unlink( $file );
		}
		rmdir( self::$mu_dir );
	}

	/**
	 * Runs one step; fails the test on a non-zero exit.
	 *
	 * @param string $command network.php command.
	 * @param string $argument Its argument.
	 */
	private static function step( string $command, string $argument = '' ): string {
		$env  = array(
			'WP_ROOT'     => ABSPATH,
			'DB_NAME'     => DB_NAME,
			'DB_USER'     => DB_USER,
			'DB_PASSWORD' => DB_PASSWORD,
			'DB_HOST'     => DB_HOST,
			'MS_PREFIX'   => self::PREFIX,
			'MS_DOMAIN'   => 'network.test',
			'MS_MU_DIR'   => self::$mu_dir,
			'PATH'        => (string) getenv( 'PATH' ),
		);
		$proc = proc_open( array( PHP_BINARY, __DIR__ . '/network.php', $command, $argument ), array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes, null, $env );
		$out  = (string) stream_get_contents( $pipes[1] );
		$err  = (string) stream_get_contents( $pipes[2] );
		$code = proc_close( $proc );
		self::assertSame( 0, $code, "network.php $command failed:\n$out\n$err" );
		self::assertStringNotContainsString( 'error:', $out, $out );
		return trim( $out );
	}

	/**
	 * The network's tables whose name after the prefix starts with $start (any site's: '%' in between).
	 *
	 * @param string $start E.g. '2_commerce_bridge_'.
	 * @param bool   $any_site Allow a site's number before $start.
	 * @return list<string>
	 */
	private static function tables( string $start, bool $any_site = false ): array {
		global $wpdb;
		return $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( self::PREFIX ) . ( $any_site ? '%' : '' ) . $wpdb->esc_like( $start ) . '%' ) );
	}

	private static function drop_network(): void {
		global $wpdb;
		foreach ( self::tables( '' ) as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- names from SHOW TABLES.
		}
	}

	/**
	 * A site's commerce_bridge_* options with their autoload flag.
	 *
	 * @param int $site Site id.
	 * @return array<string, string>
	 */
	private function options( int $site ): array {
		global $wpdb;
		$table = self::PREFIX . ( 1 === $site ? '' : $site . '_' ) . 'options';
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the network's own table.
		$rows = $wpdb->get_results( "SELECT option_name, autoload FROM `{$table}` WHERE option_name LIKE 'commerce\\_bridge\\_%'", OBJECT_K );
		return array_map( static fn ( $row ) => $row->autoload, (array) $rows );
	}

	/**
	 * Asserts a site has the plugin's tables, its secret and non-autoloaded vendor secrets.
	 *
	 * @param int $site Site id.
	 */
	private function assertSetUp( int $site ): void {
		$infix = 1 === $site ? '' : $site . '_';
		$this->assertCount( count( Tables::all() ), self::tables( $infix . 'commerce_bridge_' ), "site $site tables" );
		$options = $this->options( $site );
		$this->assertArrayHasKey( 'commerce_bridge_secret', $options, "site $site secret" );
		foreach ( array( 'belco', 'loymax', 'oct8ne' ) as $vendor ) {
			$this->assertContains( $options[ "commerce_bridge_{$vendor}_secrets" ] ?? null, array( 'no', 'off' ), "site $site $vendor secrets" );
			$this->assertContains( $options[ "commerce_bridge_{$vendor}" ] ?? null, array( 'yes', 'on' ), "site $site $vendor public values" );
		}
	}

	public function test_network_activation_sets_up_every_site_and_sites_created_later(): void {
		$this->assertSame( array(), self::tables( 'commerce_bridge_', true ) );
		$this->assertSame( 'active', self::step( 'network-activate' ) );
		$this->assertSetUp( 1 );
		$this->assertSetUp( 2 );

		$later = (int) self::step( 'add-site', 'later' );
		$this->assertSetUp( $later );
		$this->assertFileExists( self::$mu_dir . '/commerce-bridge-early.php', 'one loader for the network' );
	}

	/** @depends test_network_activation_sets_up_every_site_and_sites_created_later */
	public function test_deleting_a_site_drops_its_tables_with_it(): void {
		$this->assertSame( 'deleted', self::step( 'delete-site', '3' ) );
		$this->assertSame( array(), self::tables( '3_commerce_bridge_' ) );
		$this->assertSetUp( 2 );
	}

	/** @depends test_deleting_a_site_drops_its_tables_with_it */
	public function test_uninstall_cleans_every_site(): void {
		$this->assertSame( 'uninstalled', self::step( 'uninstall' ) );
		$this->assertSame( array(), self::tables( 'commerce_bridge_', true ) );
		$this->assertSame( array(), $this->options( 1 ) );
		$this->assertSame( array(), $this->options( 2 ) );
		$this->assertFileDoesNotExist( self::$mu_dir . '/commerce-bridge-early.php' );
	}
}
