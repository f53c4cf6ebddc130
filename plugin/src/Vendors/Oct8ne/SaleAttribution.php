<?php
/**
 * Records which oct8ne session an order was placed in.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Install\Tables;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Stores the `oct8ne-session` cookie with the new order's id; the sidecar's getSalesReport reads it.
 */
final class SaleAttribution implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings (enabled).
	 */
	public function __construct( private Oct8neModule $module ) {
	}

	public function register(): void {
		// Classic checkout passes the order object, the Store API and admin creation only the id.
		add_action( 'woocommerce_checkout_order_created', array( $this, 'record' ) );
		add_action( 'woocommerce_new_order', array( $this, 'record' ) );
	}

	/**
	 * Inserts the order's row once; a second hook for the same order changes nothing.
	 *
	 * @param mixed $order Order object or id.
	 */
	public function record( $order ): void {
		$order_id = is_object( $order ) && method_exists( $order, 'get_id' ) ? (int) $order->get_id() : absint( $order );
		$session  = Cookies::get( Cookies::SESSION );
		if ( $order_id <= 0 || '' === $session || ! $this->module->is_enabled() || ! ( new VendorConsent() )->allows( $this->module, VendorConsent::EVENTS ) ) {
			return;
		}
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'INSERT IGNORE INTO %i (order_id, session_id, created_at) VALUES (%d, %s, %s)',
				Tables::name( Tables::OCT8NE_SESSIONS ),
				$order_id,
				$session,
				gmdate( 'Y-m-d H:i:s' )
			)
		);
	}
}
