<?php
/**
 * Prepares a WordPress 6.6 site whose database holds the WooCommerce fixture (WordPress 6.8).
 *
 * Usage: php prepare-site.php <wp-root> <site-url> <plugin-file>...
 * Plugins are activated in the given order (the stand-in before ours). On success the last line is
 * COMMERCE_BRIDGE_SECRET=<secret> for the sidecar; on failure WordPress's error goes to stderr, exit 1.
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php prepare-site.php <wp-root> <site-url> <plugin-file>...\n" );
	exit( 2 );
}

$wp_root  = $argv[1];
$site_url = prepare_site_host( $argv[2] );
$plugins  = array_slice( $argv, 3 );

// WordPress reads these in places that assume a web request.
$_SERVER['HTTP_HOST']   = $site_url;
$_SERVER['SERVER_NAME'] = $site_url;
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

// The fixture says 6.8; without this wp-admin redirects to upgrade.php.
update_option( 'db_version', $GLOBALS['wp_db_version'] );

// WordPress 6.6 cannot verify 6.8's `$wp$` bcrypt hashes: re-hash the documented passwords.
$passwords = array(
	'admin'        => 'woolab-admin-pw',
	'winkelbeheer' => 'woolab-manager-pw',
);
foreach ( $passwords as $login => $password ) {
	$user = get_user_by( 'login', $login );
	if ( $user ) {
		wp_set_password( $password, $user->ID );
	}
}
foreach ( get_users( array( 'role' => 'customer', 'fields' => 'ID' ) ) as $customer_id ) {
	wp_set_password( 'woolab-customer-pw', (int) $customer_id );
}

// The fixture's twentytwentyfive is not in the 6.6 build.
switch_theme( 'twentytwentyfour' );

// Only our plugins: the fixture lists WooCommerce, Belco and oct8ne, which are not installed here.
update_option( 'active_plugins', array() );
foreach ( $plugins as $plugin ) {
	$result = activate_plugin( $plugin );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "Activating {$plugin} failed: " . $result->get_error_message() . "\n" );
		exit( 1 );
	}
}

// Rules are rebuilt on the next request, with every active plugin's rewrites.
delete_option( 'rewrite_rules' );

$secret = get_option( 'commerce_bridge_secret' );
if ( ! is_string( $secret ) || '' === $secret ) {
	fwrite( STDERR, "The plugin's activation did not create the option commerce_bridge_secret.\n" );
	exit( 1 );
}
echo 'COMMERCE_BRIDGE_SECRET=' . $secret . "\n";
