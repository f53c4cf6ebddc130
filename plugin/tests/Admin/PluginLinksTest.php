<?php
/**
 * The Settings link on the Plugins screen.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Admin;

use CommerceBridge\Tests\TestCase;

/**
 * Through WordPress's own filter for this plugin's row.
 */
final class PluginLinksTest extends TestCase {

	private function links(): array {
		return apply_filters( 'plugin_action_links_' . plugin_basename( COMMERCE_BRIDGE_FILE ), array( 'deactivate' => '<a href="#">Deactivate</a>' ), plugin_basename( COMMERCE_BRIDGE_FILE ), array(), 'all' );
	}

	public function test_managers_get_a_settings_link_first_pointing_at_the_page_under_woocommerce(): void {
		wp_set_current_user( 27 );
		$links = $this->links();
		$this->assertSame( array( 'settings', 'deactivate' ), array_keys( $links ) );
		$this->assertSame( '<a href="' . esc_url( admin_url( 'admin.php?page=commerce-bridge' ) ) . '">Settings</a>', $links['settings'] );
	}

	public function test_customers_get_no_link(): void {
		wp_set_current_user( 2 );
		$this->assertSame( array( 'deactivate' ), array_keys( $this->links() ) );
	}
}
