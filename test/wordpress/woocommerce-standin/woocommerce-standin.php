<?php
/**
 * Plugin Name: WooCommerce stand-in (TEST ONLY)
 * Description: TEST-ONLY emulation of the few WooCommerce surfaces the Commerce Bridge e2e suite touches (catalogue, session + cart, classic add-to-cart, Store API cart, checkout, account), writing WooCommerce's real storage formats into the fixture database. Never ship or activate on a real site.
 * Version: 0.1.0
 * Requires PHP: 8.1
 * License: GPL-2.0-or-later
 *
 * @package WooCommerceStandin
 */

defined( 'ABSPATH' ) || exit;

define( 'WOOCOMMERCE_STANDIN_DIR', __DIR__ );
define( 'WOOCOMMERCE_STANDIN_URL', plugin_dir_url( __FILE__ ) );

foreach ( array( 'Money', 'Catalog', 'Session', 'Customer', 'Cart', 'Notices', 'Pages', 'ClassicCart', 'StoreApi', 'Account', 'Orders', 'Checkout', 'Templates' ) as $woocommerce_standin_class ) {
	require_once __DIR__ . '/src/' . $woocommerce_standin_class . '.php';
}

WooCommerceStandin\Catalog::register();
WooCommerceStandin\Session::register();
WooCommerceStandin\ClassicCart::register();
WooCommerceStandin\StoreApi::register();
WooCommerceStandin\Account::register();
WooCommerceStandin\Checkout::register();
WooCommerceStandin\Templates::register();

/*
 * Our plugin may load after this one: the Store implementation is defined only when the filter runs
 * and the interface exists.
 */
add_filter(
	'commerce_bridge_store',
	static function ( $store ) {
		if ( ! interface_exists( '\CommerceBridge\WooCommerce\Store' ) ) {
			return $store;
		}
		require_once __DIR__ . '/src/StandinStore.php';
		return new WooCommerceStandin\StandinStore();
	}
);
