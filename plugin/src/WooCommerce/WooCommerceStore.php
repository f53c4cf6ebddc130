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

	public function cart(): array {
		$cart = $this->loaded_cart();
		if ( ! $cart ) {
			return array( 'currency' => $this->currency() ) + ( new InactiveStore() )->cart();
		}
		$incl_tax = $cart->display_prices_including_tax();
		$items    = array();
		foreach ( $cart->get_cart() as $key => $item ) {
			$product = $item['data'];
			$items[] = array(
				'key'          => (string) $key,
				'product_id'   => (int) $item['product_id'],
				'variation_id' => (int) $item['variation_id'],
				'sku'          => (string) $product->get_sku(),
				'name'         => $product->get_name(),
				'price'        => $this->displayed_unit_price( $item, $incl_tax ),
				'quantity'     => (int) $item['quantity'],
				'url'          => (string) $product->get_permalink( $item ),
				'category_ids' => $this->product_category_ids( (int) $item['product_id'] ),
			);
		}
		return array(
			'currency' => $this->currency(),
			'subtotal' => round( (float) $cart->get_subtotal() + ( $incl_tax ? (float) $cart->get_subtotal_tax() : 0.0 ), wc_get_price_decimals() ),
			'total'    => round( (float) $cart->get_total( 'edit' ), wc_get_price_decimals() ),
			'items'    => $items,
		);
	}

	/**
	 * A line's unit price as the cart shows it: the line subtotal WooCommerce computed for this customer's
	 * location (before coupons; with its tax when the cart displays prices including tax) over the quantity,
	 * rounded to the currency's decimals. The sidecar reads the same stored amounts from the session with the
	 * same rule (sidecar/src/repositories/cart-display.ts), so every vendor shows the price the cart shows.
	 *
	 * @param array $item     WC_Cart::get_cart() line.
	 * @param bool  $incl_tax WC_Cart::display_prices_including_tax().
	 */
	private function displayed_unit_price( array $item, bool $incl_tax ): float {
		$subtotal = (float) $item['line_subtotal'] + ( $incl_tax ? (float) $item['line_subtotal_tax'] : 0.0 );
		return round( $subtotal / max( 1, (float) $item['quantity'] ), wc_get_price_decimals() );
	}

	/**
	 * WooCommerce loads the cart for page and AJAX requests only; REST readers (our own routes) load it here,
	 * unless starting the session would make WooCommerce destroy the one the request's cookie names.
	 * Totals are recalculated once per request, as the Store API does for the block cart: the session keeps
	 * the totals of the last change, stale once a price, a sale or the customer's address has changed.
	 */
	private function loaded_cart(): ?\WC_Cart {
		if ( null === WC()->cart && did_action( 'woocommerce_init' ) && ( null !== WC()->session || SessionCookie::session_may_start() ) ) {
			wc_load_cart();
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

	public function customer( int $user_id ): ?array {
		try {
			$customer = new \WC_Customer( $user_id );
		} catch ( \Exception $e ) {
			return null;
		}
		if ( ! $customer->get_id() ) {
			return null;
		}
		$stats = $this->paid_order_stats( $user_id, $customer->get_email() );
		// Billing names first (what the customer typed at checkout, as on their orders), account names otherwise:
		// the sidecar's customerFromRow() rule, so every vendor greets the customer by the same name.
		return array(
			'id'          => $customer->get_id(),
			'email'       => $customer->get_email(),
			'first_name'  => $customer->get_billing_first_name() ?: $customer->get_first_name(),
			'last_name'   => $customer->get_billing_last_name() ?: $customer->get_last_name(),
			'phone'       => $customer->get_billing_phone(),
			'country'     => $customer->get_billing_country(),
			'registered'  => $customer->get_date_created() ? $customer->get_date_created()->getTimestamp() : 0,
			'order_count' => $stats['order_count'],
			'total_spent' => $stats['total_spent'],
			'last_order'  => $stats['last_order'],
			'avatar'      => (string) get_avatar_url( $user_id ),
		);
	}

	/**
	 * Paid-order statistics with the sidecar's rule (OrderStorage::paidStats, which Belco's frame shows): orders
	 * in WooCommerce's paid statuses placed by the account or with its e-mail as billing e-mail (a guest checkout
	 * by the same person counts), totals net of refunds. WC_Customer's get_order_count() and get_last_order()
	 * count every status and only the account's orders; get_total_spent() ignores refunds.
	 *
	 * @param int    $user_id Registered customer.
	 * @param string $email   The account's e-mail.
	 * @return array{order_count: int, total_spent: float, last_order: int|null}
	 */
	private function paid_order_stats( int $user_id, string $email ): array {
		$query = array(
			// Prefixed like WC_Order_Query's default statuses (array_keys( wc_get_order_statuses() )).
			'status' => array_map( static fn ( string $status ) => 'wc-' . $status, wc_get_is_paid_statuses() ),
			'type'   => 'shop_order',
			'limit'  => -1,
		);
		$orders = array();
		foreach ( array_filter( array( 'customer_id' => $user_id, 'billing_email' => $email ) ) as $field => $value ) {
			foreach ( wc_get_orders( array( $field => $value ) + $query ) as $order ) {
				$orders[ $order->get_id() ] = $order;
			}
		}
		$spent  = 0.0;
		$latest = null;
		foreach ( $orders as $order ) {
			$spent  += (float) $order->get_total() - (float) $order->get_total_refunded();
			$created = $order->get_date_created() ? $order->get_date_created()->getTimestamp() : null;
			$latest  = max( $latest, $created );
		}
		return array(
			'order_count' => count( $orders ),
			'total_spent' => round( $spent, wc_get_price_decimals() ),
			'last_order'  => $latest,
		);
	}

	public function order( int $order_id ): ?array {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof \WC_Order ) {
			return null;
		}
		$items = array();
		foreach ( $order->get_items() as $item ) {
			$product = $item->get_product();
			$items[] = array(
				'product_id'   => (int) $item->get_product_id(),
				'variation_id' => (int) $item->get_variation_id(),
				'sku'          => $product ? (string) $product->get_sku() : '',
				'name'         => $item->get_name(),
				'quantity'     => (int) $item->get_quantity(),
				// Unit price paid, rounded to the currency's decimals; the sidecar's unitPricePaid() is this rule.
				'price'        => (float) $order->get_item_total( $item, true, true ),
				'category_ids' => $this->product_category_ids( (int) $item->get_product_id() ),
			);
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
			'items'       => $items,
		);
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
