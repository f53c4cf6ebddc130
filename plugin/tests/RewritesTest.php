<?php
/**
 * The proxy paths are known to WordPress.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Install\Installer;
use CommerceBridge\Plugin;
use CommerceBridge\Proxy\ProxyPaths;

/**
 * Rewrite rules and query var after a flush; deactivation takes them out again.
 */
final class RewritesTest extends TestCase {

	public function test_rules_and_query_var_are_registered(): void {
		global $wp;
		flush_rewrite_rules( false );
		$rules = get_option( 'rewrite_rules' );
		$this->assertSame( 'index.php?commerce_bridge_path=oct8ne/frame/$matches[1]', $rules[ ProxyPaths::OCT8NE ] );
		$this->assertSame( 'index.php?commerce_bridge_path=commerce-bridge/$matches[1]/$matches[2]', $rules[ ProxyPaths::BRIDGE ] );
		$this->assertContains( ProxyPaths::QUERY_VAR, apply_filters( 'query_vars', $wp->public_query_vars ) );
	}

	public function test_deactivation_flushes_the_rules_away(): void {
		$installer = Plugin::instance()->get( Installer::class );
		$installer->deactivate();
		$rules = get_option( 'rewrite_rules' );
		$installer->activate();
		$this->assertArrayNotHasKey( ProxyPaths::OCT8NE, $rules );
		$this->assertArrayNotHasKey( ProxyPaths::BRIDGE, $rules );
		$this->assertArrayHasKey( ProxyPaths::OCT8NE, get_option( 'rewrite_rules' ) );
	}
}
