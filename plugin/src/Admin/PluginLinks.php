<?php
/**
 * The Settings link under the plugin's name on the Plugins screen.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Admin;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Puts "Settings" first among the plugin's action links, pointing where SettingsPage adds the page.
 */
final class PluginLinks implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store  $store    WooCommerce port.
	 * @param string $basename The plugin's basename (commerce-bridge/commerce-bridge.php).
	 */
	public function __construct( private Store $store, private string $basename ) {
	}

	public function register(): void {
		add_filter( 'plugin_action_links_' . $this->basename, array( $this, 'add_settings_link' ) );
	}

	/** The settings page: under WooCommerce, or under Settings without it. */
	public function settings_url(): string {
		return admin_url( ( $this->store->is_active() ? 'admin.php' : 'options-general.php' ) . '?page=' . SettingsPage::SLUG );
	}

	/**
	 * Adds the link for users who may open the page.
	 *
	 * @param array<string, string> $links Action links (Deactivate, …).
	 * @return array<string, string>
	 */
	public function add_settings_link( array $links ): array {
		if ( ! current_user_can( Capability::required( $this->store ) ) ) {
			return $links;
		}
		$settings = sprintf( '<a href="%s">%s</a>', esc_url( $this->settings_url() ), esc_html__( 'Settings', 'commerce-bridge' ) );
		return array( 'settings' => $settings ) + $links;
	}
}
