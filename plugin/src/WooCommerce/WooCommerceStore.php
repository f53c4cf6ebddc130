<?php
/**
 * The WooCommerce port, implemented with WooCommerce's own API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Reads WooCommerce through its public functions and classes; every call tolerates missing
 * runtime parts (no session in wp-admin, no cart in REST).
 */
final class WooCommerceStore implements Store {

	public function is_active(): bool {
		return true;
	}

	public function version(): string {
		return defined( 'WC_VERSION' ) ? (string) WC_VERSION : (string) WC()->version;
	}

	public function currency(): string {
		return (string) get_woocommerce_currency();
	}

	public function session_customer_key(): string {
		$session = WC()->session;
		if ( null === $session ) {
			// Not started (REST requests): the key it would have, without starting it.
			return SessionCookie::customer_key();
		}
		return method_exists( $session, 'has_session' ) && $session->has_session() ? (string) $session->get_customer_id() : '';
	}

	public function current_product_id(): int {
		return is_product() ? (int) get_queried_object_id() : 0;
	}

	public function current_category_id(): int {
		return is_product_category() ? (int) get_queried_object_id() : 0;
	}

	public function product_category_ids( int $product_id ): array {
		$product = wc_get_product( $product_id );
		if ( ! $product ) {
			return array();
		}
		if ( $product->is_type( 'variation' ) ) {
			$product = wc_get_product( $product->get_parent_id() );
		}
		return $product ? array_map( 'intval', $product->get_category_ids() ) : array();
	}

	public function product_sku( int $product_id ): string {
		$product = wc_get_product( $product_id );
		return $product ? (string) $product->get_sku( 'edit' ) : '';
	}

	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string {
		$product = wc_get_product( $product_id );
		$image   = $product ? (int) $product->get_image_id() : 0;
		return $image ? (string) wp_get_attachment_image_url( $image, $size ) : '';
	}

	public function received_order_id(): int {
		if ( ! is_order_received_page() ) {
			return 0;
		}
		$order = wc_get_order( absint( get_query_var( 'order-received' ) ) );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the proof, as in WooCommerce.
		$key = isset( $_GET['key'] ) ? sanitize_text_field( wp_unslash( $_GET['key'] ) ) : '';
		return $order && '' !== $key && hash_equals( $order->get_order_key(), $key ) ? $order->get_id() : 0;
	}

	public function order_key( int $order_id ): string {
		// Read without WooCommerce's sync on read: while another request saves a once-only flag, the posts copy
		// lags the order tables for a moment, and copying it over them would drop that flag.
		add_filter( 'woocommerce_hpos_enable_sync_on_read', '__return_false' );
		try {
			$order = $order_id > 0 ? wc_get_order( $order_id ) : null;
		} finally {
			remove_filter( 'woocommerce_hpos_enable_sync_on_read', '__return_false' );
		}
		return $order instanceof \WC_Order ? (string) $order->get_order_key() : '';
	}

	public function cart_lines(): array {
		$cart  = $this->loaded_cart();
		$lines = array();
		foreach ( $cart ? $cart->get_cart() : array() as $key => $item ) {
			$lines[] = array(
				'key'          => (string) $key,
				'product_id'   => (int) $item['product_id'],
				'variation_id' => (int) $item['variation_id'],
				'quantity'     => (int) $item['quantity'],
				'category_ids' => $this->product_category_ids( (int) $item['product_id'] ),
			);
		}
		return $lines;
	}

	public function session_copy(): string {
		$session = $this->loaded_cart() ? WC()->session : null;
		return $session instanceof \WC_Session_Handler && $session->has_session() ? ReadOnlySession::copy( $session ) : '';
	}

	public function drop_session_copy( string $key ): void {
		ReadOnlySession::drop( $key );
	}

	/**
	 * WooCommerce loads the cart for page and AJAX requests only; REST readers (our own routes) load it here,
	 * unless starting the session would make WooCommerce destroy the one the request's cookie names, and
	 * read it only: started here, it is never saved (ReadOnlySession). Totals are recalculated once per
	 * request, as the Store API does for the block cart: the session keeps the totals of the last change,
	 * stale once a price, a sale or the customer's address has changed.
	 */
	private function loaded_cart(): ?\WC_Cart {
		if ( null === WC()->cart && did_action( 'woocommerce_init' ) && ( null !== WC()->session || SessionCookie::session_may_start() ) ) {
			wc_load_cart();
			ReadOnlySession::keep_unwritten();
		}
		$cart = WC()->cart;
		if ( ! $cart instanceof \WC_Cart ) {
			return null;
		}
		if ( ! did_action( 'woocommerce_after_calculate_totals' ) ) {
			$cart->calculate_totals();
		}
		return $cart;
	}

	public function billing_phone( int $user_id ): string {
		try {
			return $user_id > 0 ? (string) ( new \WC_Customer( $user_id ) )->get_billing_phone() : '';
		} catch ( \Exception $e ) {
			return '';
		}
	}

	public function order( int $order_id ): ?array {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order ) {
			return null;
		}
		return array(
			'id'          => $order->get_id(),
			'number'      => (string) $order->get_order_number(),
			'status'      => $order->get_status(),
			'currency'    => $order->get_currency(),
			'total'       => (float) $order->get_total(),
			'customer_id' => (int) $order->get_customer_id(),
			'email'       => $order->get_billing_email(),
			'created'     => $order->get_date_created() ? $order->get_date_created()->getTimestamp() : 0,
			'billing'     => array(
				'first_name' => $order->get_billing_first_name(),
				'last_name'  => $order->get_billing_last_name(),
				'phone'      => $order->get_billing_phone(),
				'country'    => $order->get_billing_country(),
			),
		);
	}

	public function placed_order_id(): int {
		// REST requests start no session of their own: it starts with the cart, under the same guards.
		$session = $this->loaded_cart() ? WC()->session : null;
		return $session ? absint( $session->get( PlacedOrder::SESSION_KEY, 0 ) ) : 0;
	}

	public function mark_order_once( int $order_id, string $flag ): bool {
		$order = wc_get_order( $order_id );
		return $order instanceof \WC_Order && OnceFlag::set( $order, $flag );
	}

	public function page_url( string $page ): string {
		$url = match ( $page ) {
			'cart'           => wc_get_cart_url(),
			'checkout'       => wc_get_checkout_url(),
			'myaccount'      => wc_get_page_permalink( 'myaccount' ),
			'order_received' => wc_get_endpoint_url( 'order-received', '', wc_get_checkout_url() ),
			'shop'           => wc_get_page_permalink( 'shop' ),
			default          => '',
		};
		return (string) $url;
	}
}
