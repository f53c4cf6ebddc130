<?php
/**
 * Belco's `Order Completed` event: its report of a placed order.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Events\OrderReport;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront's `orderPlaced` reaches the Belco bundle, which asks the shopper route `order-placed`
 * (Events\OrderPlacedRoute) once its widget is initialised: the route claims the order for Belco under
 * FLAG and answers this report, which the bundle tracks with `Belco.track( event, properties )`.
 */
final class OrderCompleted implements OrderReport {

	/** Order meta flag: `Order Completed` was handed to the storefront. */
	public const FLAG = '_commerce_bridge_belco_tracked';

	public function flag(): string {
		return self::FLAG;
	}

	/**
	 * `Order Completed` as the official plugin tracks it (fact sheet §2.2).
	 *
	 * @param array $order Store port order.
	 * @return array{event: string, properties: array{orderId: string, date: int, total: float, status: string}}
	 */
	public function report( array $order ): array {
		return array(
			'event'      => 'Order Completed',
			'properties' => array(
				'orderId' => $order['number'],
				'date'    => $order['created'],
				'total'   => $order['total'],
				'status'  => $order['status'],
			),
		);
	}
}
