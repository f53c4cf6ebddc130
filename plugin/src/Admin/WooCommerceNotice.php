<?php
/**
 * Tells administrators that WooCommerce is missing.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Admin;

use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Admin notice shown while WooCommerce is inactive.
 */
final class WooCommerceNotice implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port.
	 */
	public function __construct( private Store $store ) {
	}

	public function register(): void {
		if ( ! $this->store->is_active() ) {
			add_action( 'admin_notices', array( $this, 'render' ) );
		}
	}

	public function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		printf(
			'<div class="notice notice-warning"><p>%s</p></div>',
			esc_html__( 'Commerce Bridge runs without WooCommerce: settings can be edited, but widgets get no cart, product or order data until WooCommerce is active.', 'commerce-bridge' )
		);
	}
}
