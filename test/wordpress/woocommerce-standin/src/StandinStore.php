<?php
/**
 * The Commerce Bridge WooCommerce port answered by the TEST-ONLY stand-in.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/** Store implementation over the stand-in's session/cart and the fixture's product, user and order tables. */
final class StandinStore implements Store {

	/** {@inheritDoc} */
	public function is_active(): bool {
		return true;
	}

	/** {@inheritDoc} */
	public function version(): string {
		return '10.1.0';
	}

	/** {@inheritDoc} */
	public function currency(): string {
		return Money::currency();
	}

	/** {@inheritDoc} */
	public function session_customer_key(): string {
		$session = Session::current();
		return $session->exists() ? $session->customer_id() : '';
	}

	/** {@inheritDoc} */
	public function current_product_id(): int {
		return is_singular( 'product' ) ? (int) get_queried_object_id() : 0;
	}

	/** {@inheritDoc} */
	public function current_category_id(): int {
		return is_tax( 'product_cat' ) ? (int) get_queried_object_id() : 0;
	}

	/** {@inheritDoc} */
	public function product_category_ids( int $product_id ): array {
		return Catalog::category_ids( $product_id );
	}

	/** {@inheritDoc} */
	public function product_sku( int $product_id ): string {
		return (string) get_post_meta( $product_id, '_sku', true );
	}

	/** {@inheritDoc} The attachment's file under the uploads URL (the fixture has no image files on disk). */
	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string {
		$image = (int) get_post_meta( $product_id, '_thumbnail_id', true );
		$post  = get_post( $product_id );
		if ( ! $image && $post && 'product_variation' === $post->post_type ) {
			$image = (int) get_post_meta( $post->post_parent, '_thumbnail_id', true );
		}
		$file = $image ? (string) get_post_meta( $image, '_wp_attached_file', true ) : '';
		return '' === $file ? '' : trailingslashit( wp_get_upload_dir()['baseurl'] ) . $file;
	}

	/** {@inheritDoc} */
	public function received_order_id(): int {
		return Pages::received_order_id();
	}

	/** {@inheritDoc} */
	public function cart(): array {
		$items = array();
		foreach ( Cart::lines() as $key => $line ) {
			$product = Cart::line_product( $line );
			if ( ! $product ) {
				continue;
			}
			$items[] = array(
				'key'          => (string) $key,
				'product_id'   => (int) $line['product_id'],
				'variation_id' => (int) $line['variation_id'],
				'sku'          => $product['sku'],
				'name'         => $product['name'],
				'price'        => Cart::unit_price( $line ),
				'quantity'     => (int) $line['quantity'],
				'url'          => $product['url'],
				'category_ids' => Catalog::category_ids( (int) $line['product_id'] ),
			);
		}
		$totals = (array) Session::current()->get( 'cart_totals', array() );
		return array(
			'currency' => Money::currency(),
			'subtotal' => round( (float) ( $totals['subtotal'] ?? 0 ) + (float) ( $totals['subtotal_tax'] ?? 0 ), Money::decimals() ),
			'total'    => Cart::total(),
			'items'    => $items,
		);
	}

	/** {@inheritDoc} */
	public function customer( int $user_id ): ?array {
		return Customer::profile( $user_id );
	}

	/** {@inheritDoc} */
	public function order( int $order_id ): ?array {
		return Orders::find( $order_id );
	}

	/** {@inheritDoc} In the HPOS meta table, which the stand-in's orders use as their authoritative storage. */
	public function mark_order_once( int $order_id, string $flag ): bool {
		global $wpdb;
		$table = $wpdb->prefix . 'wc_orders_meta';
		if ( ! Orders::find( $order_id ) || $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE order_id = %d AND meta_key = %s', $table, $order_id, $flag ) ) ) {
			return false;
		}
		return (bool) $wpdb->insert(
			$table,
			array(
				'order_id'   => $order_id,
				'meta_key'   => $flag, // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed row.
				'meta_value' => gmdate( 'c' ), // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed row.
			)
		);
	}

	/** {@inheritDoc} */
	public function page_url( string $page ): string {
		return Pages::url( $page );
	}
}
