<?php
/**
 * The ids Loymax receives, per the id settings (the sidecar feeds use the same settings).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Resolves WooCommerce ids to the strings Loymax knows, on the server where the data lives, so the
 * browser only receives ready ids. '' means "no id": the event is then not sent.
 * Mirrors sidecar/src/vendors/loymax/ids.ts: SKU mode uses the parent's SKU, falling back to its id.
 */
final class Ids {

	/**
	 * Constructor.
	 *
	 * @param Store $store    WooCommerce port.
	 * @param array $settings Loymax settings (userIdMode, userIdMetaKey, productIdMode, categoryIdMode, orderIdMode).
	 */
	public function __construct( private Store $store, private array $settings ) {
	}

	/**
	 * USER_ID of a WordPress user.
	 *
	 * @param int $user_id WordPress user id.
	 */
	public function user( int $user_id ): string {
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		if ( ! $user ) {
			return '';
		}
		$meta_key = (string) $this->settings['userIdMetaKey'];
		return match ( $this->settings['userIdMode'] ) {
			'email' => (string) $user->user_email,
			'phone' => $this->store->billing_phone( $user_id ),
			'meta'  => '' === $meta_key ? (string) $user_id : self::scalar( get_user_meta( $user_id, $meta_key, true ) ),
			default => (string) $user_id,
		};
	}

	/**
	 * PRODUCT_ID of a product or cart line.
	 *
	 * @param int $product_id   Product (parent) id.
	 * @param int $variation_id Variation id, 0 for none.
	 */
	public function product( int $product_id, int $variation_id = 0 ): string {
		if ( $product_id <= 0 ) {
			return '';
		}
		return match ( $this->settings['productIdMode'] ) {
			'variation' => (string) ( $variation_id > 0 ? $variation_id : $product_id ),
			'sku'       => self::or_id( $this->store->product_sku( $product_id ), $product_id ),
			default     => (string) $product_id,
		};
	}

	/**
	 * CATEGORY_ID of a product category term.
	 *
	 * @param int $term_id Term id, 0 for none.
	 */
	public function category( int $term_id ): string {
		if ( $term_id <= 0 ) {
			return '';
		}
		if ( 'slug' !== $this->settings['categoryIdMode'] ) {
			return (string) $term_id;
		}
		$term = get_term( $term_id );
		return $term instanceof \WP_Term ? $term->slug : '';
	}

	/**
	 * CATEGORY_ID of a product: its first category.
	 *
	 * @param int $product_id Product (parent) id.
	 */
	public function product_category( int $product_id ): string {
		return $this->category( (int) ( $this->store->product_category_ids( $product_id )[0] ?? 0 ) );
	}

	/**
	 * ORDER_ID of an order.
	 *
	 * @param int $order_id Order id.
	 */
	public function order( int $order_id ): string {
		if ( 'number' !== $this->settings['orderIdMode'] ) {
			return $order_id > 0 ? (string) $order_id : '';
		}
		return (string) ( $this->store->order( $order_id )['number'] ?? '' );
	}

	/**
	 * A cart line (Store::cart_lines() shape) as { productId, categoryId }.
	 *
	 * @param array $item Cart item.
	 * @return array{productId: string, categoryId: string}
	 */
	public function line( array $item ): array {
		return array(
			'productId'  => $this->product( (int) $item['product_id'], (int) $item['variation_id'] ),
			'categoryId' => $this->category( (int) ( $item['category_ids'][0] ?? 0 ) ),
		);
	}

	private static function or_id( string $value, int $id ): string {
		return '' === $value ? (string) $id : $value;
	}

	/**
	 * Meta values that are not scalars cannot be an id.
	 *
	 * @param mixed $value Meta value.
	 */
	private static function scalar( $value ): string {
		return is_scalar( $value ) ? (string) $value : '';
	}
}
