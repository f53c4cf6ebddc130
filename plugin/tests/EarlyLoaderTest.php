<?php
/**
 * The early path's must-use loader: install, upgrade, remove, Site Health.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Health\HealthChecks;
use CommerceBridge\Health\HealthResult;
use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Install\Installer;
use CommerceBridge\Plugin;
use CommerceBridge\Proxy\Rewrites;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Registry;

/**
 * Real files in a scratch must-use directory, and the site's own loader as the stack's activation left it.
 */
final class EarlyLoaderTest extends \PHPUnit\Framework\TestCase {

	private string $dir;

	protected function setUp(): void {
		$this->dir = sys_get_temp_dir() . '/commerce-bridge-mu-' . getmypid() . '-' . bin2hex( random_bytes( 4 ) );
	}

	protected function tearDown(): void {
		foreach ( glob( $this->dir . '/{,.}*', GLOB_BRACE ) ?: array() as $file ) {
			if ( is_file( $file ) ) {
				unlink( $file );
			}
		}
		if ( is_dir( $this->dir ) ) {
			rmdir( $this->dir );
		}
	}

	public function test_activation_of_the_stack_site_installed_the_current_loader(): void {
		$site = EarlyLoader::for_site();
		$this->assertSame( WPMU_PLUGIN_DIR . '/commerce-bridge-early.php', $site->path() );
		$this->assertSame( EarlyLoader::CURRENT, $site->state() );
		$this->assertSame( COMMERCE_BRIDGE_VERSION, $site->installed_version() );
		$this->assertContains( WPMU_PLUGIN_DIR . '/commerce-bridge-early.php', wp_get_mu_plugins(), 'WordPress loads it as a must-use plugin' );
	}

	public function test_install_writes_valid_php_naming_this_plugin_and_version_readable_by_others(): void {
		$loader = $this->loader( '9.8.7' );
		$this->assertSame( EarlyLoader::MISSING, $loader->state() );
		$this->assertTrue( $loader->install() );
		$this->assertSame( EarlyLoader::CURRENT, $loader->state() );
		$this->assertSame( '9.8.7', $loader->installed_version() );
		$code = (string) file_get_contents( $loader->path() );
		$this->assertStringContainsString( "\$plugin = 'commerce-bridge/commerce-bridge.php';", $code );
		$this->assertStringNotContainsString( '{{', $code );
		$this->assertSame( 0644, fileperms( $loader->path() ) & 0777, 'php-fpm may run as another user than the one activating' );
		$lint = proc_open( array( PHP_BINARY, '-l', $loader->path() ), array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		$said = stream_get_contents( $pipes[1] ) . stream_get_contents( $pipes[2] );
		$this->assertSame( 0, proc_close( $lint ), $said );
		$this->assertSame( array( $loader->path() ), glob( $this->dir . '/{,.}*.php', GLOB_BRACE ), 'no temporary file is left behind' );
	}

	public function test_another_versions_loader_is_outdated_and_rewritten(): void {
		$this->loader( '0.0.1' )->install();
		$loader = $this->loader( '0.0.2' );
		$this->assertSame( EarlyLoader::OUTDATED, $loader->state() );
		$this->assertTrue( $loader->install() );
		$this->assertSame( '0.0.2', $loader->installed_version() );
	}

	public function test_a_foreign_file_of_that_name_is_neither_overwritten_nor_removed(): void {
		mkdir( $this->dir );
		$foreign = "<?php\n// Someone else's file.\n";
		file_put_contents( $this->dir . '/' . EarlyLoader::FILE, $foreign );
		$loader = $this->loader( '1.0.0' );
		$this->assertFalse( $loader->install() );
		$loader->remove();
		$this->assertSame( $foreign, file_get_contents( $loader->path() ) );
	}

	public function test_remove_deletes_the_loader(): void {
		$loader = $this->loader( '1.0.0' );
		$loader->install();
		$loader->remove();
		$this->assertFileDoesNotExist( $loader->path() );
		$this->assertSame( EarlyLoader::MISSING, $loader->state() );
	}

	public function test_activation_installs_deactivation_removes_and_an_admin_page_after_an_update_restores(): void {
		$loader    = $this->loader( COMMERCE_BRIDGE_VERSION );
		$rewrites  = Plugin::instance()->get( Rewrites::class );
		$installer = new Installer( Plugin::instance()->get( Registry::class ), $rewrites, $loader );
		try {
			$installer->activate();
			$this->assertSame( EarlyLoader::CURRENT, $loader->state() );
			$installer->deactivate();
			$this->assertFileDoesNotExist( $loader->path() );
			$installer->upgrade();
			$this->assertSame( EarlyLoader::CURRENT, $loader->state(), 'missing: written again' );
			$this->loader( '0.0.1' )->install();
			$installer->upgrade();
			$this->assertSame( COMMERCE_BRIDGE_VERSION, $loader->installed_version(), 'outdated: rewritten' );
		} finally {
			// deactivate() flushed the site's proxy rules away.
			$rewrites->add_rules();
			flush_rewrite_rules( false );
		}
	}

	public function test_site_health_reports_current_and_missing(): void {
		$good = $this->site_health( $this->loader( COMMERCE_BRIDGE_VERSION ) );
		$this->assertSame( 'commerce_bridge_early_path', $good['test'] );
		$this->assertSame( HealthResult::RECOMMENDED, $good['status'], 'nothing installed yet' );
		$this->assertStringContainsString( esc_html( $this->dir . '/' . EarlyLoader::FILE ), $good['description'] );

		$this->loader( COMMERCE_BRIDGE_VERSION )->install();
		$this->assertSame( HealthResult::GOOD, $this->site_health( $this->loader( COMMERCE_BRIDGE_VERSION ) )['status'] );

		$outdated = $this->site_health( $this->loader( '99.0.0' ) );
		$this->assertSame( HealthResult::RECOMMENDED, $outdated['status'] );
		$this->assertStringContainsString( esc_html( '"' . COMMERCE_BRIDGE_VERSION . '"' ), $outdated['description'], 'names the version found' );
		$this->assertStringContainsString( '99.0.0', $outdated['description'], 'and the one expected' );
	}

	public function test_the_plugins_site_health_registry_adds_the_early_path_test(): void {
		$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
		$this->assertArrayHasKey( 'commerce_bridge_early_path', $tests['direct'] );
		$result = call_user_func( $tests['direct']['commerce_bridge_early_path']['test'] );
		$this->assertSame( HealthResult::GOOD, $result['status'], 'the stack site has the current loader' );
	}

	/**
	 * The Site Health answer for one loader.
	 *
	 * @param EarlyLoader $loader Loader.
	 */
	private function site_health( EarlyLoader $loader ): array {
		$test = ( new HealthChecks( $loader, SidecarClient::for_site(), Plugin::instance()->get( Registry::class ) ) )->add_tests( array() )['direct']['commerce_bridge_early_path'];
		return call_user_func( $test['test'] );
	}

	/**
	 * A loader of this plugin writing into the scratch directory.
	 *
	 * @param string $version Version it writes.
	 */
	private function loader( string $version ): EarlyLoader {
		return new EarlyLoader( COMMERCE_BRIDGE_FILE, $version, $this->dir );
	}
}
