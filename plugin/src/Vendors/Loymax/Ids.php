<?php
/**
 * The ids Loymax receives, per the id settings (the sidecar feeds use the same settings).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Vendors\Manifest;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Resolves WooCommerce ids to the strings Loymax knows, on the server where the data lives, so the
 * browser only receives ready ids. '' means "no id": the event is then not sent. Which value each id
 * mode takes is the manifest's `ids` rule (the sidecar's feeds, sidecar/src/vendors/loymax/ids.ts,
 * follow the same rules): the first of its sources that is not empty, e.g. SKU mode takes the parent's
 * SKU, else its id.
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
		return $this->resolve(
			'user',
			array(
				'userId'       => fn () => (string) $user_id,
				'email'        => fn () => (string) $user->user_email,
				'billingPhone' => fn () => $this->store->billing_phone( $user_id ),
				// Without a key the meta mode cannot name anyone: the WordPress id, as by default.
				'userMeta'     => fn () => '' === $meta_key ? (string) $user_id : self::scalar( get_user_meta( $user_id, $meta_key, true ) ),
			)
		);
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
		return $this->resolve(
			'product',
			array(
				'productId'   => fn () => (string) $product_id,
				'variationId' => fn () => $variation_id > 0 ? (string) $variation_id : '',
				'parentSku'   => fn () => $this->store->product_sku( $product_id ),
			)
		);
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
		$slug = static function () use ( $term_id ): string {
			$term = get_term( $term_id );
			return $term instanceof \WP_Term ? $term->slug : '';
		};
		return $this->resolve(
			'category',
			array(
				'termId' => fn () => (string) $term_id,
				'slug'   => $slug,
			)
		);
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
		return $this->resolve(
			'order',
			array(
				'orderId'     => fn () => $order_id > 0 ? (string) $order_id : '',
				'orderNumber' => fn () => (string) ( $this->store->order( $order_id )['number'] ?? '' ),
			)
		);
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

	/**
	 * The id of a kind per the manifest's rule for the mode set: the first source that is not empty. A
	 * mode the rule does not know (an old stored value) counts as the setting's default.
	 *
	 * @param string                  $kind    user, product, category or order.
	 * @param array<string, callable> $sources Source name => its value, computed only when reached.
	 */
	private function resolve( string $kind, array $sources ): string {
		$manifest = Manifest::read( 'loymax' );
		$rule     = $manifest['ids'][ $kind ];
		$mode     = (string) ( $this->settings[ $rule['setting'] ] ?? '' );
		$chain    = $rule['modes'][ $mode ] ?? $rule['modes'][ $manifest['settings'][ $rule['setting'] ]['default'] ];
		foreach ( $chain as $source ) {
			$value = (string) $sources[ $source ]();
			if ( '' !== $value ) {
				return $value;
			}
		}
		return '';
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
