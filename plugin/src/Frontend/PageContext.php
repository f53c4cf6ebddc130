<?php
/**
 * What kind of shop page is being rendered.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Builds commerceBridge.page from the WooCommerce port and the main query.
 */
final class PageContext {

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port.
	 */
	public function __construct( private Store $store ) {
	}

	/**
	 * The order-received page carries its order's key (its URL's, checked by the port): the storefront's
	 * `orderPlaced` event needs it to claim the order's reports (Events\OrderPlacedRoute).
	 *
	 * @return array{type: string, productId?: int, categoryId?: int, orderId?: int, orderKey?: string}
	 */
	public function current(): array {
		$order_id = $this->store->received_order_id();
		if ( $order_id ) {
			return array(
				'type'     => 'order-received',
				'orderId'  => $order_id,
				'orderKey' => $this->store->order_key( $order_id ),
			);
		}
		$product_id = $this->store->current_product_id();
		if ( $product_id ) {
			return array(
				'type'      => 'product',
				'productId' => $product_id,
			);
		}
		$category_id = $this->store->current_category_id();
		if ( $category_id ) {
			return array(
				'type'       => 'category',
				'categoryId' => $category_id,
			);
		}
		return array( 'type' => $this->store_page() );
	}

	/** Cart, checkout or account when the queried page is one of WooCommerce's pages. */
	private function store_page(): string {
		if ( ! is_page() ) {
			return 'other';
		}
		$permalink = untrailingslashit( (string) get_permalink( get_queried_object_id() ) );
		foreach ( array(
			'cart'      => 'cart',
			'checkout'  => 'checkout',
			'myaccount' => 'account',
		) as $page => $type ) {
			$url = $this->store->page_url( $page );
			if ( '' !== $url && untrailingslashit( $url ) === $permalink ) {
				return $type;
			}
		}
		return 'other';
	}
}
