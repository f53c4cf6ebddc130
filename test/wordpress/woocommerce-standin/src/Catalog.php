<?php
/**
 * Product post types, taxonomies and a reader for the product rows WooCommerce stored.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Registers the catalogue types with WooCommerce's slugs and reads products from posts + postmeta. */
final class Catalog {

	/** Hooks. */
	public static function register(): void {
		add_action( 'init', array( self::class, 'register_types' ), 5 );
	}

	/** Post types and taxonomies with the fixture's permalink bases (`woocommerce_permalinks`). */
	public static function register_types(): void {
		$bases = (array) get_option( 'woocommerce_permalinks', array() );
		register_post_type(
			'product',
			array(
				'label'       => 'Products',
				'public'      => true,
				'has_archive' => get_post_field( 'post_name', (int) get_option( 'woocommerce_shop_page_id' ) ) ?: 'shop',
				'rewrite'     => array(
					'slug'       => trim( (string) ( $bases['product_base'] ?? 'product' ), '/' ),
					'with_front' => false,
				),
				'supports'    => array( 'title', 'editor', 'excerpt', 'thumbnail' ),
			)
		);
		register_post_type(
			'product_variation',
			array(
				'label'  => 'Variations',
				'public' => false,
			)
		);
		$taxonomies = array(
			'product_cat'        => array( 'Product categories', $bases['category_base'] ?? 'product-category', true ),
			'product_tag'        => array( 'Product tags', $bases['tag_base'] ?? 'product-tag', false ),
			'product_type'       => array( 'Product types', false, false ),
			'product_visibility' => array( 'Product visibility', false, false ),
		);
		foreach ( self::attribute_taxonomies() as $attribute ) {
			$taxonomies[ $attribute ] = array( $attribute, false, false );
		}
		foreach ( $taxonomies as $taxonomy => list( $label, $slug, $hierarchical ) ) {
			register_taxonomy(
				$taxonomy,
				array( 'product', 'product_variation' ),
				array(
					'label'        => $label,
					'public'       => false !== $slug,
					'hierarchical' => $hierarchical,
					'rewrite'      => false === $slug ? false : array(
						'slug'       => $slug,
						'with_front' => false,
					),
				)
			);
		}
	}

	/** `pa_*` taxonomy names from WooCommerce's attribute table. */
	private static function attribute_taxonomies(): array {
		global $wpdb;
		$names = $wpdb->get_col( "SELECT attribute_name FROM {$wpdb->prefix}woocommerce_attribute_taxonomies" );
		return array_map( static fn( $name ) => 'pa_' . $name, $names );
	}

	/**
	 * A published product or variation as a plain array, null when it cannot be sold or shown.
	 *
	 * @return array{id: int, parent_id: int, type: string, name: string, sku: string, price: float,
	 *   regular_price: float, sale_price: float|null, stock_status: string, manage_stock: bool,
	 *   stock: int|null, tax_class: string, url: string, attributes: array<string, string>}|null
	 */
	public static function product( int $id ): ?array {
		$post = $id > 0 ? get_post( $id ) : null;
		if ( ! $post || ! in_array( $post->post_type, array( 'product', 'product_variation' ), true ) || 'publish' !== $post->post_status ) {
			return null;
		}
		$parent = 'product_variation' === $post->post_type ? get_post( $post->post_parent ) : null;
		if ( 'product_variation' === $post->post_type && ( ! $parent || 'publish' !== $parent->post_status ) ) {
			return null;
		}
		$meta      = static fn( string $key ) => get_post_meta( $id, $key, true );
		$sale      = $meta( '_sale_price' );
		$tax_class = (string) $meta( '_tax_class' );
		if ( $parent && 'parent' === $tax_class ) {
			$tax_class = (string) get_post_meta( $parent->ID, '_tax_class', true );
		}
		return array(
			'id'            => $id,
			'parent_id'     => $parent ? $parent->ID : 0,
			'type'          => $parent ? 'variation' : self::type( $id ),
			'name'          => $post->post_title,
			'sku'           => (string) $meta( '_sku' ),
			'price'         => (float) $meta( '_price' ),
			'regular_price' => (float) $meta( '_regular_price' ),
			'sale_price'    => '' === $sale ? null : (float) $sale,
			'stock_status'  => (string) $meta( '_stock_status' ) ?: 'instock',
			'manage_stock'  => 'yes' === $meta( '_manage_stock' ),
			'stock'         => '' === $meta( '_stock' ) || null === $meta( '_stock' ) ? null : (int) $meta( '_stock' ),
			'tax_class'     => $tax_class,
			'url'           => (string) get_permalink( $parent ? $parent->ID : $id ),
			'attributes'    => $parent ? self::variation_attributes( $id, $parent->ID ) : array(),
		);
	}

	/** Product type slug from the `product_type` taxonomy. */
	public static function type( int $product_id ): string {
		$terms = wp_get_object_terms( $product_id, 'product_type', array( 'fields' => 'slugs' ) );
		return is_array( $terms ) && $terms ? (string) $terms[0] : 'simple';
	}

	/**
	 * `attribute_*` => value of a variation, in the parent's attribute order (as WC_Product_Variation does).
	 *
	 * @return array<string, string>
	 */
	public static function variation_attributes( int $variation_id, int $parent_id ): array {
		$attributes = (array) get_post_meta( $parent_id, '_product_attributes', true );
		$result     = array();
		foreach ( $attributes as $key => $attribute ) {
			if ( ! empty( $attribute['is_variation'] ) ) {
				$name            = 'attribute_' . sanitize_title( (string) $key );
				$result[ $name ] = (string) get_post_meta( $variation_id, $name, true );
			}
		}
		return $result;
	}

	/** Published variation ids of a variable product. */
	public static function variation_ids( int $parent_id ): array {
		return array_map(
			'intval',
			get_posts(
				array(
					'post_type'   => 'product_variation',
					'post_parent' => $parent_id,
					'post_status' => 'publish',
					'numberposts' => -1,
					'orderby'     => 'menu_order',
					'order'       => 'ASC',
					'fields'      => 'ids',
				)
			)
		);
	}

	/** Category term ids of a product (the parent's for a variation). */
	public static function category_ids( int $product_id ): array {
		$post = get_post( $product_id );
		if ( $post && 'product_variation' === $post->post_type ) {
			$product_id = (int) $post->post_parent;
		}
		$ids = wp_get_object_terms( $product_id, 'product_cat', array( 'fields' => 'ids' ) );
		return is_array( $ids ) ? array_map( 'intval', $ids ) : array();
	}

	/** Price HTML like WooCommerce: sale as <del>/<ins>, variable products as a min–max range. */
	public static function price_html( array $product ): string {
		if ( 'variable' === $product['type'] ) {
			$prices = array_map( 'floatval', get_post_meta( $product['id'], '_price' ) );
			if ( ! $prices ) {
				return '';
			}
			$min = min( $prices );
			$max = max( $prices );
			return $min === $max ? Money::html( $min ) : Money::html( $min ) . ' &ndash; ' . Money::html( $max );
		}
		if ( null !== $product['sale_price'] && $product['sale_price'] < $product['regular_price'] && $product['price'] === $product['sale_price'] ) {
			return '<del aria-hidden="true">' . Money::html( $product['regular_price'] ) . '</del> <ins aria-hidden="true">' . Money::html( $product['price'] ) . '</ins>';
		}
		return Money::html( $product['price'] );
	}
}
