<?php
/**
 * Prepares a WordPress 6.8.2 site whose database holds the WooCommerce 10.1 fixture store.
 *
 * Usage: php prepare-site.php <wp-root> <site-url> --demo-vendors|--no-demo-vendors <plugin-file>...
 * Plugins are activated in the given order (WooCommerce before ours). With --demo-vendors the four
 * vendors are enabled with demo values (kept when already set, so a restarted demo keeps its edits).
 * On success the last line is COMMERCE_BRIDGE_SECRET=<secret> for the sidecar; on failure WordPress's
 * error goes to stderr, exit 1.
 *
 * @package CommerceBridge
 */

if ( PHP_SAPI !== 'cli' || $argc < 5 ) {
	fwrite( STDERR, "usage: php prepare-site.php <wp-root> <site-url> --demo-vendors|--no-demo-vendors <plugin-file>...\n" );
	exit( 2 );
}

$wp_root      = $argv[1];
$site_url     = $argv[2];
$demo_vendors = '--demo-vendors' === $argv[3];
$plugins      = array_slice( $argv, 4 );

// WordPress reads these in places that assume a web request.
$_SERVER['HTTP_HOST']   = prepare_site_host( $site_url );
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI'] = '/';

require $wp_root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/**
 * Host and port of a URL, before WordPress (and wp_parse_url) is loaded.
 *
 * @param string $url Site URL.
 */
function prepare_site_host( $url ) {
	$parts = parse_url( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

// The site moves to the stack's port on every start.
update_option( 'siteurl', $site_url );
update_option( 'home', $site_url );

// Only the plugins asked for: the fixture also lists the official Belco and oct8ne plugins, not installed here.
update_option( 'active_plugins', array() );
foreach ( $plugins as $plugin ) {
	$result = activate_plugin( $plugin );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "Activating {$plugin} failed: " . $result->get_error_message() . "\n" );
		exit( 1 );
	}
}

if ( $demo_vendors ) {
	prepare_site_demo_vendors();
}

/**
 * Enables every vendor with demo values (fake keys; the vendors' hosts are unreachable offline), once
 * per database: a restarted demo keeps what its owner changed since.
 */
function prepare_site_demo_vendors() {
	$demo = array(
		'oct8ne'   => array(
			'enabled'  => true,
			'license'  => 'DEMO0C8NE000000000000000000000A1',
			'apiToken' => 'demo-oct8ne-api-token',
		),
		'belco'    => array(
			'enabled'    => true,
			'shopId'     => 'demo-belco-shop',
			'shopSecret' => 'demo-belco-shop-secret',
		),
		'loymax'   => array(
			'enabled' => true,
			'shopId'  => 'demo-loymax-shop',
		),
		'bambuser' => array(
			'enabled' => true,
			'orgId'   => 'DemoBambuserOrg01',
		),
	);
	if ( get_option( 'commerce_bridge_stack_demo_vendors' ) ) {
		return;
	}
	foreach ( $demo as $vendor => $values ) {
		$option = 'commerce_bridge_' . $vendor;
		$stored = get_option( $option, array() );
		update_option( $option, array_merge( is_array( $stored ) ? $stored : array(), $values ) );
	}
	update_option( 'commerce_bridge_stack_demo_vendors', gmdate( 'c' ), false );
}

// Rules are rebuilt on the next request, with every active plugin's rewrites.
delete_option( 'rewrite_rules' );

$secret = get_option( 'commerce_bridge_secret' );
if ( ! is_string( $secret ) || '' === $secret ) {
	fwrite( STDERR, "The plugin's activation did not create the option commerce_bridge_secret.\n" );
	exit( 1 );
}
echo 'COMMERCE_BRIDGE_SECRET=' . $secret . "\n";
