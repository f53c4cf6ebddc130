<?php
/**
 * Loads a real WordPress (WP_ROOT) whose database already has the fixture and the plugin active.
 *
 * @package CommerceBridge
 */

$commerce_bridge_wp_root = getenv( 'WP_ROOT' );
if ( ! $commerce_bridge_wp_root || ! is_readable( $commerce_bridge_wp_root . '/wp-load.php' ) ) {
	fwrite( STDERR, "WP_ROOT must point at a WordPress install; run the suite with `npm run test:php`.\n" );
	exit( 1 );
}

// WordPress reads these in places that assume a web request.
$_SERVER['HTTP_HOST']      = $_SERVER['HTTP_HOST'] ?? 'localhost';
$_SERVER['SERVER_NAME']    = $_SERVER['SERVER_NAME'] ?? 'localhost';
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

require $commerce_bridge_wp_root . '/wp-load.php';

if ( ! class_exists( \CommerceBridge\Plugin::class ) ) {
	fwrite( STDERR, "The commerce-bridge plugin is not active in WP_ROOT.\n" );
	exit( 1 );
}

// `composer dump-autoload` may leave out autoload-dev (it follows the last install's --no-dev state).
( require dirname( __DIR__ ) . '/vendor/autoload.php' )->addPsr4( 'CommerceBridge\\Tests\\', __DIR__ . '/' );
