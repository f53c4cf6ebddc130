<?php
/**
 * A small multisite network (subdirectories) on the suite's WordPress files and database, under a table
 * prefix of its own; MultisiteTest runs one step per process, as separate requests would.
 *
 * Usage: php network.php install | add-site <slug> | network-activate | delete-site <id> | uninstall
 * Environment: WP_ROOT, DB_NAME, DB_USER, DB_PASSWORD, DB_HOST, MS_PREFIX, MS_DOMAIN, MS_MU_DIR.
 * WooCommerce is not active on the network (the plugin runs without it); must-use plugins come from
 * MS_MU_DIR, so the early-path loader the network writes and removes is not the suite site's.
 *
 * @package CommerceBridge
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- WordPress reads these globals before it loads.
$command = $argv[1] ?? '';
$domain  = (string) getenv( 'MS_DOMAIN' );

foreach ( array( 'DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST' ) as $name ) {
	define( $name, (string) getenv( $name ) );
}
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'ABSPATH', rtrim( (string) getenv( 'WP_ROOT' ), '/' ) . '/' );
define( 'WPMU_PLUGIN_DIR', (string) getenv( 'MS_MU_DIR' ) );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', false );
$table_prefix = (string) getenv( 'MS_PREFIX' );

$_SERVER['HTTP_HOST']      = $domain;
$_SERVER['SERVER_NAME']    = $domain;
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
} else {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', $domain );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
}
require ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$plugin = 'commerce-bridge/commerce-bridge.php';
switch ( $command ) {
	case 'install':
		wp_install( 'Network test', 'admin', 'admin@example.test', false, '', 'network-test-pw' );
		define( 'WP_INSTALLING_NETWORK', true );
		// As wp-admin/network.php does: the network's tables are named only once MULTISITE is on.
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$error = populate_network( 1, $domain, 'admin@example.test', 'Network test', '/', false );
		if ( is_wp_error( $error ) ) {
			fwrite( STDERR, $error->get_error_message() . "\n" );
			exit( 1 );
		}
		break;
	case 'add-site':
		$site = wp_insert_site(
			array(
				'domain'  => $domain,
				'path'    => '/' . $argv[2] . '/',
				'title'   => $argv[2],
				'user_id' => 1,
			)
		);
		echo is_wp_error( $site ) ? 'error: ' . $site->get_error_message() : (int) $site;
		break;
	case 'network-activate':
		$result = activate_plugin( $plugin, '', true );
		echo is_wp_error( $result ) ? 'error: ' . $result->get_error_message() : 'active';
		break;
	case 'delete-site':
		$deleted = wp_delete_site( (int) $argv[2] );
		echo is_wp_error( $deleted ) ? 'error: ' . $deleted->get_error_message() : 'deleted';
		break;
	case 'uninstall':
		// As wp-admin does: deactivate network-wide, then delete.
		deactivate_plugins( $plugin, false, true );
		uninstall_plugin( $plugin );
		echo 'uninstalled';
		break;
	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 2 );
}
