<?php
/**
 * GET commerce-bridge/v1/shopper/belco-widget: the visitor's Belco config, never cached.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\ShopperRoute;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The page only carries shopId, so a full-page cache can share it; identity, hash, custom data and
 * cart come from here after load, computed for the caller (authenticated as every shopper route).
 */
final class WidgetEndpoint extends ShopperRoute {

	/** Order meta set once `Order Completed` was handed to the storefront. */
	public const TRACKED_FLAG = '_commerce_bridge_belco_tracked';

	/**
	 * Constructor.
	 *
	 * @param BelcoModule  $module Belco settings.
	 * @param Store        $store  WooCommerce port.
	 * @param ShopperFacts $facts  The shopper's profile and cart.
	 */
	public function __construct( private BelcoModule $module, private Store $store, private ShopperFacts $facts ) {
	}

	public function what(): string {
		return 'belco-widget';
	}

	protected function available(): bool {
		return $this->module->is_enabled();
	}

	/**
	 * `orderReceived=1` from the order-received page: only that page claims `Order Completed`. The checkout
	 * page re-inits Belco when its cart empties, while it is already leaving: a claim there was lost.
	 */
	protected function args(): array {
		return array(
			'orderReceived' => array(
				'type'    => 'boolean',
				'default' => false,
			),
		);
	}

	/**
	 * `{show: false}` for shop staff, else `{show: true, config, track}`: `track` holds the events to send
	 * after init (`Order Completed` once per order placed in this session).
	 *
	 * @param int   $user_id  WordPress user id (0: guest).
	 * @param bool  $own_page Whether the visitor's own page asked (else no cart, no order).
	 * @param array $query    `orderReceived`: the order-received page asks (it alone gets `track`).
	 */
	public function payload( int $user_id, bool $own_page, array $query ): array {
		if ( $user_id && user_can( $user_id, Capability::required( $this->store ) ) ) {
			// As the official plugin: shop staff do not get the widget (they answer it in Belco).
			return array( 'show' => false );
		}
		$facts  = $this->facts->of( $user_id, $own_page );
		$order  = $own_page ? $this->placed_order( $user_id ) : null;
		$custom = $facts['customer'] ? CustomData::for_user( $user_id ) : array();
		return array(
			'show'   => true,
			'config' => (object) $this->config()->build( $this->identified( $user_id, $facts['customer'], $order ), $facts['cart'], $custom ),
			'track'  => $order && rest_sanitize_boolean( $query['orderReceived'] ?? false ) ? $this->order_completed( $order ) : array(),
		);
	}

	private function config(): WidgetConfig {
		$values = $this->module->values();
		return new WidgetConfig( (string) $values['shopSecret'], (string) $values['hashIdentity'], (bool) get_option( 'show_avatars' ) );
	}

	/**
	 * Who the widget names: the customer (with their avatar), else a guest by the order placed in this session.
	 *
	 * @param int        $user_id  WordPress user id (0: guest).
	 * @param array|null $customer ShopperFacts customer.
	 * @param array|null $order    The order this session placed.
	 */
	private function identified( int $user_id, ?array $customer, ?array $order ): ?array {
		if ( $customer ) {
			return $customer + array( 'avatar' => get_option( 'show_avatars' ) ? (string) get_avatar_url( $user_id ) : '' );
		}
		return $order ? WidgetConfig::guest( $order ) : null;
	}

	/**
	 * The order this session placed, when it is the caller's: a guest order for a guest, theirs for a customer.
	 *
	 * @param int $user_id WordPress user id (0: guest).
	 */
	private function placed_order( int $user_id ): ?array {
		$order = $this->store->order( $this->store->placed_order_id() );
		return $order && $order['customer_id'] === $user_id ? $order : null;
	}

	/**
	 * `Order Completed` as the official plugin tracks it (fact sheet §2.2), the first time only.
	 *
	 * @param array $order Store port order.
	 * @return list<array{event: string, properties: array}>
	 */
	private function order_completed( array $order ): array {
		if ( ! $this->store->mark_order_once( $order['id'], self::TRACKED_FLAG ) ) {
			return array();
		}
		$properties = array(
			'orderId' => $order['number'],
			'date'    => $order['created'],
			'total'   => $order['total'],
			'status'  => $order['status'],
		);
		return array(
			array(
				'event'      => 'Order Completed',
				'properties' => $properties,
			),
		);
	}
}
