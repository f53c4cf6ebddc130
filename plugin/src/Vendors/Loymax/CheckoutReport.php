<?php
/**
 * Loymax's report of a placed order: the checkout event, then the optional cart clean-up.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Events\OrderReport;

defined( 'ABSPATH' ) || exit;

/**
 * `{events}`: LoymaxEvent objects with ready ids (blocks/src/vendors/loymax/shared/events.ts), which the
 * Loymax bundle sends through its tracker once the storefront's `orderPlaced` event claimed the order
 * (Events\OrderPlacedRoute). Nothing is reported, so nothing claimed, while the checkout event is off.
 */
final class CheckoutReport implements OrderReport {

	/** Order meta flag: the checkout event of this order was handed to a page (the key shops have stored). */
	public const FLAG = '_commerce_bridge_loymax_checkout';

	/**
	 * Constructor.
	 *
	 * @param Ids   $ids      Id resolver.
	 * @param array $settings Loymax settings.
	 */
	public function __construct( private Ids $ids, private array $settings ) {
	}

	public function flag(): string {
		return self::FLAG;
	}

	/**
	 * The checkout event, and `cartClear` when the owner asked for a clean-up after an order; null
	 * without the tracker snippet or the checkout template.
	 *
	 * @param array $order Store port order.
	 * @return array{events: list<array<string, string>>}|null
	 */
	public function report( array $order ) {
		if ( '' === trim( (string) $this->settings[ Templates::SNIPPET ] ) || '' === trim( (string) $this->settings[ Templates::key( 'checkout' ) ] ) ) {
			return null;
		}
		$events = array(
			array(
				'kind'    => 'checkout',
				'orderId' => $this->ids->order( (int) $order['id'] ),
			),
		);
		if ( $this->settings['cleanupAfterOrder'] ) {
			$events[] = array( 'kind' => 'cartClear' );
		}
		return array( 'events' => $events );
	}
}
