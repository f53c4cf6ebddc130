<?php
/**
 * Router for `php -S`: serves the PHPUnit suite's real WordPress (WP_ROOT) like a web server's
 * front controller, and tells in two response headers how far WordPress had loaded when the answer
 * started: X-Test-Plugins-Loaded (the plugins_loaded action had run) and X-Test-WooCommerce (the
 * WooCommerce class existed).
 *
 * @package CommerceBridge
 */

// phpcs:disable WordPress.Security -- a test front controller.
header_register_callback(
	static function () {
		header( 'X-Test-Plugins-Loaded: ' . ( function_exists( 'did_action' ) && did_action( 'plugins_loaded' ) ? 'yes' : 'no' ) );
		header( 'X-Test-WooCommerce: ' . ( class_exists( 'WooCommerce', false ) ? 'yes' : 'no' ) );
	}
);
$commerce_bridge_root = (string) getenv( 'WP_ROOT' );
// The tests rewrite the must-use loader between two requests, quicker than opcache revalidates (2 s).
if ( function_exists( 'opcache_invalidate' ) ) {
	foreach ( glob( $commerce_bridge_root . '/wp-content/mu-plugins/*.php' ) ?: array() as $commerce_bridge_file ) {
		opcache_invalidate( $commerce_bridge_file, true );
	}
}
chdir( $commerce_bridge_root );
$_SERVER['SCRIPT_FILENAME'] = $commerce_bridge_root . '/index.php';
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
require $commerce_bridge_root . '/index.php';
