<?php
/**
 * Who may manage Commerce Bridge.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Shop managers manage the bridge; without WooCommerce that falls back to site administrators.
 */
final class Capability {

	/**
	 * Capability required for settings, status and the settings page.
	 *
	 * @param Store $store WooCommerce port.
	 */
	public static function required( Store $store ): string {
		return $store->is_active() ? 'manage_woocommerce' : 'manage_options';
	}
}
