<?php
/**
 * Records which oct8ne session an order was placed in.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Install\Tables;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;

defined( 'ABSPATH' ) || exit;

/**
 * Stores the `oct8ne-session` cookie with the new order's id (the commerce event orderPlaced); the
 * sidecar's getSalesReport reads it.
 */
final class SaleAttribution implements Subscriber {

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings (consent).
	 */
	public function __construct( private Oct8neModule $module ) {
	}

	public function handlers(): array {
		return array( ServerEvent::ORDER_PLACED => fn ( ServerEvent $event ) => $this->record( $event->data['orderId'] ) );
	}

	/**
	 * Inserts the order's row once; a second event for the same order (another request) changes nothing.
	 *
	 * @param int $order_id The new order.
	 */
	public function record( int $order_id ): void {
		$session = Cookies::get( Cookies::SESSION );
		if ( '' === $session || ! ( new VendorConsent() )->allows( $this->module, VendorConsent::EVENTS ) ) {
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
