<?php
/**
 * This plugin's data on each cart line of WooCommerce's Store API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `extensions['commerce-bridge']` to every Store API cart item (ExtendSchema), filled by the
 * vendors through `commerce_bridge_cart_line_data`. The storefront event source reads the cart from
 * Store API answers, so vendors get their ids with the cart itself, without a route of their own.
 */
final class CartExtension implements Registerable {

	/** The Store API namespace; blocks/src/storefront/store-api-cart.ts reads the same key. */
	public const NAMESPACE = 'commerce-bridge';

	public function register(): void {
		add_action( 'init', array( $this, 'extend_store_api' ) );
	}

	public function extend_store_api(): void {
		if ( ! function_exists( 'woocommerce_store_api_register_endpoint_data' ) ) {
			return;
		}
		woocommerce_store_api_register_endpoint_data(
			array(
				'endpoint'        => 'cart-item',
				'namespace'       => self::NAMESPACE,
				'data_callback'   => array( $this, 'line_data' ),
				'schema_callback' => array( $this, 'line_schema' ),
				'schema_type'     => ARRAY_A,
			)
		);
	}

	/**
	 * Each vendor's data of one cart line.
	 *
	 * @param array $cart_item WooCommerce cart item.
	 */
	public function line_data( array $cart_item ): array {
		/**
		 * A vendor's data for one cart line, under the vendor's id.
		 *
		 * @param array $data      Data so far, vendor id => JSON-serialisable data.
		 * @param int   $product   Product (parent) id.
		 * @param int   $variation Variation id, 0 for none.
		 */
		return (array) apply_filters( 'commerce_bridge_cart_line_data', array(), (int) ( $cart_item['product_id'] ?? 0 ), (int) ( $cart_item['variation_id'] ?? 0 ) );
	}

	/** The schema of line_data, vendor id => property schema. */
	public function line_schema(): array {
		return (array) apply_filters( 'commerce_bridge_cart_line_schema', array() );
	}
}
