<?php
/**
 * Plugin Name: Commerce Bridge early path
 * Description: Answers Commerce Bridge's vendor calls that need no shopper (oct8ne product data and search, Belco, Loymax and Bambuser feeds) before WooCommerce and the other plugins load. Written by Commerce Bridge on activation and removed on deactivation; edits are overwritten. When Commerce Bridge is not active, it does nothing.
 * Version: {{version}}
 * Author: Commerce Bridge
 * License: GPL-2.0-or-later
 *
 * @package CommerceBridge
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'muplugins_loaded',
	static function () {
		// Filled in by plugin/src/Install/EarlyLoader.php with the plugin's basename.
		$plugin = '{{plugin}}';
		$active = in_array( $plugin, (array) get_option( 'active_plugins', array() ), true )
			|| ( is_multisite() && isset( ( (array) get_site_option( 'active_sitewide_plugins', array() ) )[ $plugin ] ) );
		$dir    = WP_PLUGIN_DIR . '/' . dirname( $plugin );
		// Fail safe: a plugin deleted, moved or switched off without deactivation leaves this file inert.
		if ( ! $active || PHP_VERSION_ID < 80100 || ! is_readable( WP_PLUGIN_DIR . '/' . $plugin ) || ! is_readable( $dir . '/vendor/autoload.php' ) ) {
			return;
		}
		require_once $dir . '/vendor/autoload.php';
		if ( is_callable( array( 'CommerceBridge\Proxy\EarlyPath', 'run' ) ) ) {
			\CommerceBridge\Proxy\EarlyPath::run();
		}
	}
);
