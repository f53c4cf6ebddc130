<?php
/**
 * Plugin Name: Commerce Bridge
 * Description: Connects WooCommerce to oct8ne, Belco, Loymax SmartCom and Bambuser One-to-One through a fast sidecar service.
 * Version: 0.1.0
 * Author: Commerce Bridge
 * License: GPL-2.0-or-later
 * Text Domain: commerce-bridge
 * Domain Path: /languages
 * Requires at least: 6.6
 * Requires PHP: 8.1
 * WC requires at least: 9.0
 * WC tested up to: 10.1
 *
 * @package CommerceBridge
 */

defined( 'ABSPATH' ) || exit;

define( 'COMMERCE_BRIDGE_VERSION', '0.1.0' );
define( 'COMMERCE_BRIDGE_FILE', __FILE__ );
define( 'COMMERCE_BRIDGE_DIR', __DIR__ . '/' );

// Kept in PHP 5 syntax so an old PHP shows the notice instead of a parse error.
if ( version_compare( PHP_VERSION, '8.1', '<' ) || ! is_readable( __DIR__ . '/vendor/autoload.php' ) ) {
	add_action(
		'admin_notices',
		function () {
			$message = version_compare( PHP_VERSION, '8.1', '<' )
				? __( 'Commerce Bridge needs PHP 8.1 or newer and is not running.', 'commerce-bridge' )
				: __( 'Commerce Bridge is not built: run composer dump-autoload --working-dir=plugin (npm run build:plugin).', 'commerce-bridge' );
			printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( $message ) );
		}
	);
	return;
}

require __DIR__ . '/vendor/autoload.php';

add_action(
	'before_woocommerce_init',
	function () {
		if ( class_exists( \Automattic\WooCommerce\Utilities\FeaturesUtil::class ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', __FILE__, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', __FILE__, true );
		}
	}
);

register_activation_hook( __FILE__, array( \CommerceBridge\Plugin::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( \CommerceBridge\Plugin::class, 'deactivate' ) );

\CommerceBridge\Plugin::instance()->boot();
