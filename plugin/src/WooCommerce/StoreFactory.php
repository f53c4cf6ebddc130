<?php
/**
 * Picks the WooCommerce port implementation.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerceStore when WooCommerce is loaded, InactiveStore otherwise; the filter may replace either.
 */
final class StoreFactory {

	/** Call after plugins_loaded: WooCommerce loads after this plugin (alphabetical order). */
	public static function create(): Store {
		$store = class_exists( 'WooCommerce' ) && function_exists( 'WC' ) ? new WooCommerceStore() : new InactiveStore();

		/**
		 * Replaces the WooCommerce port (the unit tests' fake).
		 *
		 * @param Store $store The implementation picked from WooCommerce's presence.
		 */
		$filtered = apply_filters( 'commerce_bridge_store', $store );
		return $filtered instanceof Store ? $filtered : $store;
	}
}
