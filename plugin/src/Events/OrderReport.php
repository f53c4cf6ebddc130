<?php
/**
 * A vendor's report of a placed order, sent from the order-received page once per order.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

use CommerceBridge\Frontend\SidecarUnavailable;

defined( 'ABSPATH' ) || exit;

/**
 * Listed by its vendor module (VendorModule::order_report()). OrderPlacedRoute asks it for the data the
 * vendor's bundle sends, then claims the order for that vendor: the report reaches the browser only from
 * the request that claimed it.
 */
interface OrderReport {

	/** The order meta key that remembers the report was handed over (kept as shops have it stored). */
	public function flag(): string;

	/**
	 * What the vendor's bundle sends for the order; null when there is nothing to send (nothing is claimed).
	 *
	 * @param array $order Store port order.
	 * @return array|object|null JSON-serialisable.
	 * @throws SidecarUnavailable When the data could not be read (answered 503, nothing claimed).
	 */
	public function report( array $order );
}
