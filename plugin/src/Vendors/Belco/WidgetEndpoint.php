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
	 * `{show: false}` for shop staff, else `{show: true, config}`. (`Order Completed` is OrderCompleted's.)
	 *
	 * @param int   $user_id  WordPress user id (0: guest).
	 * @param bool  $own_page Whether the visitor's own page asked (else no cart, no order).
	 * @param array $query    None taken.
	 */
	public function payload( int $user_id, bool $own_page, array $query ): array {
		if ( $user_id && user_can( $user_id, Capability::required( $this->store ) ) ) {
			// As the official plugin: shop staff do not get the widget (they answer it in Belco).
			return array( 'show' => false );
		}
		$facts  = $this->facts->of( $user_id, $own_page );
		$custom = $facts['customer'] ? CustomData::for_user( $user_id ) : array();
		return array(
			'show'   => true,
			'config' => (object) $this->config()->build( $this->identified( $user_id, $facts['customer'], $own_page ), $facts['cart'], $custom ),
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
	 * @param bool       $own_page Whether the visitor's own page asked (else not the session's order).
	 */
	private function identified( int $user_id, ?array $customer, bool $own_page ): ?array {
		if ( $customer ) {
			return $customer + array( 'avatar' => get_option( 'show_avatars' ) ? (string) get_avatar_url( $user_id ) : '' );
		}
		$order = $own_page ? $this->store->order( $this->store->placed_order_id() ) : null;
		// Only the caller's own: a guest order for a guest, theirs for a customer.
		return $order && $order['customer_id'] === $user_id ? WidgetConfig::guest( $order ) : null;
	}
}
