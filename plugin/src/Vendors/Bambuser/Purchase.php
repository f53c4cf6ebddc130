<?php
/**
 * The order a page may report to Bambuser as a purchase.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * On the order-received page (its order key checked by the Store port), the first page view of an order
 * claims it: the order remembers the claim in its meta, so a reload or a second tab reports nothing.
 * The page gets the order id and key (both in its URL already); the bundle asks the sidecar for the
 * event data (`/commerce-bridge/bambuser/purchase`, which owns order lines and the unit price paid) and
 * calls `window._bambuser.track('purchase', …)` (blocks/src/widgets/bambuser/purchase.ts). The bundle only
 * starts once the visitor's consent for Bambuser is granted; a page where a theme vetoes Bambuser never
 * gets here, so the order stays unclaimed.
 */
final class Purchase {

	/** Order meta flag. */
	public const FLAG = '_commerce_bridge_bambuser_purchase';

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port (the received order, the once-only flag).
	 */
	public function __construct( private Store $store ) {
	}

	/**
	 * The order to report on this page, claimed now; null elsewhere or when claimed before.
	 *
	 * @return array{id: int, key: string}|null
	 */
	public function claim(): ?array {
		$order_id = $this->store->received_order_id();
		if ( ! $order_id || ! $this->store->mark_order_once( $order_id, self::FLAG ) ) {
			return null;
		}
		return array(
			'id'  => $order_id,
			// received_order_id() compared it with the order's key: it is the page URL's.
			'key' => $this->received_key(),
		);
	}

	private function received_key(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the proof, as in WooCommerce.
		return isset( $_GET['key'] ) ? sanitize_text_field( wp_unslash( $_GET['key'] ) ) : '';
	}
}
