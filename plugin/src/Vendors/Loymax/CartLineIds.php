<?php
/**
 * Loymax ids on each Store API cart line.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * `extensions['commerce-bridge'].loymax = {productId, categoryId}` on every cart line (see
 * Frontend\CartExtension): the bundle compares the carts before and after a change, with ids
 * resolved here, where the id settings apply.
 */
final class CartLineIds implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Ids $ids Id resolver.
	 */
	public function __construct( private Ids $ids ) {
	}

	public function register(): void {
		add_filter( 'commerce_bridge_cart_line_data', array( $this, 'add_ids' ), 10, 3 );
		add_filter( 'commerce_bridge_cart_line_schema', array( $this, 'add_schema' ) );
	}

	/**
	 * Filter commerce_bridge_cart_line_data.
	 *
	 * @param array $data      Data so far.
	 * @param int   $product   Product (parent) id.
	 * @param int   $variation Variation id, 0 for none.
	 */
	public function add_ids( array $data, int $product, int $variation ): array {
		$data['loymax'] = array(
			'productId'  => $this->ids->product( $product, $variation ),
			'categoryId' => $this->ids->product_category( $product ),
		);
		return $data;
	}

	/**
	 * Filter commerce_bridge_cart_line_schema.
	 *
	 * @param array $properties Schema so far.
	 */
	public function add_schema( array $properties ): array {
		$id                   = array(
			'type'     => 'string',
			'context'  => array( 'view', 'edit' ),
			'readonly' => true,
		);
		$properties['loymax'] = array(
			'description' => __( 'Product and category ids as Loymax knows them.', 'commerce-bridge' ),
			'type'        => 'object',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
			'properties'  => array(
				'productId'  => $id,
				'categoryId' => $id,
			),
		);
		return $properties;
	}
}
