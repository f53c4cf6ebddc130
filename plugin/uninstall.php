<?php
/**
 * Removes every option and table of the plugin when it is deleted in wp-admin.
 *
 * @package CommerceBridge
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_readable( __DIR__ . '/vendor/autoload.php' ) ) {
	require_once __DIR__ . '/vendor/autoload.php';
	\CommerceBridge\Install\Uninstaller::run();
}
