<?php
/**
 * Records when each product changed, for the sidecar's search index.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

use CommerceBridge\Install\Tables;
use CommerceBridge\Options;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress has no index on post_modified_gmt, so polling wp_posts for recent edits scans every product
 * and variation. The plugin keeps one row per parent product in its own table (Tables::PRODUCT_CHANGES),
 * stamped by WooCommerce's save, stock, trash and delete hooks and by term changes, and the sidecar
 * (search/catalog-source.ts) reads it by its indexed changed_at. A variation stamps its parent.
 */
final class ProductChanges implements Registerable {

	/** Tables::VERSION that created the table. */
	private const TABLE_SINCE = '4';
	/** Terms that change what search finds or hides. */
	private const TAXONOMIES = array( 'product_cat', 'product_tag', 'product_visibility' );
	private const POST_TYPES = array( 'product', 'product_variation' );

	public function register(): void {
		// Until the installer has made the table (first admin page after an update) the sidecar scans wp_posts.
		if ( version_compare( (string) get_option( Options::SCHEMA_VERSION ), self::TABLE_SINCE, '<' ) ) {
			return;
		}
		foreach ( array( 'woocommerce_new_product', 'woocommerce_update_product', 'woocommerce_new_product_variation', 'woocommerce_update_product_variation', 'before_delete_post', 'wp_trash_post', 'untrashed_post', 'save_post_product', 'save_post_product_variation' ) as $hook ) {
			add_action( $hook, array( $this, 'post_changed' ) );
		}
		add_action( 'woocommerce_product_set_stock', array( $this, 'stock_changed' ) );
		add_action( 'woocommerce_variation_set_stock', array( $this, 'stock_changed' ) );
		add_action( 'set_object_terms', array( $this, 'terms_changed' ), 10, 4 );
	}

	/**
	 * Hooks the product and variation save, trash and delete actions (any other post type is ignored).
	 *
	 * @param int|mixed $post_id The post.
	 */
	public function post_changed( $post_id ): void {
		$this->record( (int) $post_id );
	}

	/**
	 * Hooks woocommerce_product_set_stock and woocommerce_variation_set_stock.
	 *
	 * @param \WC_Product|mixed $product The product whose stock changed.
	 */
	public function stock_changed( $product ): void {
		if ( $product instanceof \WC_Product ) {
			$this->record( $product->get_id() );
		}
	}

	/**
	 * Hook set_object_terms: categories, tags and visibility change what search finds.
	 *
	 * @param int    $object_id The object.
	 * @param array  $terms     Terms (unused).
	 * @param array  $tt_ids    Term taxonomy ids (unused).
	 * @param string $taxonomy  Taxonomy.
	 */
	public function terms_changed( $object_id, $terms, $tt_ids, $taxonomy ): void {
		if ( in_array( $taxonomy, self::TAXONOMIES, true ) ) {
			$this->record( (int) $object_id );
		}
	}

	/**
	 * Upserts the parent product's row with the current UTC time, to the microsecond.
	 *
	 * @param int $post_id A product or variation (anything else is ignored).
	 */
	private function record( int $post_id ): void {
		$type = get_post_type( $post_id );
		if ( ! in_array( $type, self::POST_TYPES, true ) ) {
			return;
		}
		$product_id = 'product_variation' === $type ? (int) wp_get_post_parent_id( $post_id ) : $post_id;
		if ( $product_id <= 0 ) {
			return;
		}
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (product_id, changed_at) VALUES (%d, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at)', Tables::name( Tables::PRODUCT_CHANGES ), $product_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
	}
}
