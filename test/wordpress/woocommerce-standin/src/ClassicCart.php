<?php
/**
 * Classic (non-block) add-to-cart: ?add-to-cart links and forms, WC-AJAX endpoints, the mini-cart fragment.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Emulates WC_Form_Handler::add_to_cart_action, WC_AJAX cart endpoints and the mini-cart widget. */
final class ClassicCart {

	/** Hooks. */
	public static function register(): void {
		add_action( 'wp_loaded', array( self::class, 'handle_request' ), 20 );
		add_action( 'wp_enqueue_scripts', array( self::class, 'enqueue' ) );
	}

	/** Dispatches wc-ajax calls, ?add-to-cart and ?remove_item before any output. */
	public static function handle_request(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- WooCommerce's add-to-cart takes no nonce.
		$ajax = isset( $_GET['wc-ajax'] ) ? sanitize_key( wp_unslash( $_GET['wc-ajax'] ) ) : '';
		if ( '' !== $ajax ) {
			self::ajax( $ajax );
		} elseif ( isset( $_REQUEST['add-to-cart'] ) && is_numeric( wp_unslash( $_REQUEST['add-to-cart'] ) ) ) {
			self::add_from_request();
		} elseif ( isset( $_GET['remove_item'] ) ) {
			self::remove_from_link( sanitize_key( wp_unslash( $_GET['remove_item'] ) ) );
		}
		// phpcs:enable
	}

	/** The mini-cart markup (WooCommerce's cart/mini-cart.php). */
	public static function mini_cart(): string {
		$lines = Cart::lines();
		if ( ! $lines ) {
			return '<div class="widget_shopping_cart_content"><p class="woocommerce-mini-cart__empty-message">No products in the cart.</p></div>';
		}
		$html = '<div class="widget_shopping_cart_content"><ul class="woocommerce-mini-cart cart_list product_list_widget">';
		foreach ( $lines as $key => $line ) {
			$product = Cart::line_product( $line );
			if ( ! $product ) {
				continue;
			}
			$html .= sprintf(
				'<li class="woocommerce-mini-cart-item mini_cart_item"><a href="%1$s" class="remove remove_from_cart_button" aria-label="%2$s" data-product_id="%3$d" data-cart_item_key="%4$s" data-product_sku="%5$s">&times;</a><a href="%6$s">%7$s</a> <span class="quantity">%8$d &times; %9$s</span></li>',
				esc_url( self::remove_url( $key ) ),
				esc_attr( sprintf( 'Remove %s from cart', $product['name'] ) ),
				$product['id'],
				esc_attr( $key ),
				esc_attr( $product['sku'] ),
				esc_url( $product['url'] ),
				esc_html( $product['name'] ),
				(int) $line['quantity'],
				Money::html( Cart::unit_price( $line ) )
			);
		}
		$html .= '</ul><p class="woocommerce-mini-cart__total total"><strong>Subtotal:</strong> ' . Money::html( Cart::total() ) . '</p>';
		$html .= '<p class="woocommerce-mini-cart__buttons buttons"><a href="' . esc_url( Pages::url( 'cart' ) ) . '" class="button wc-forward">View cart</a> <a href="' . esc_url( Pages::url( 'checkout' ) ) . '" class="button checkout wc-forward">Checkout</a></p></div>';
		return $html;
	}

	/** Link that removes a line (cart page and mini-cart), like wc_get_cart_remove_url(). */
	public static function remove_url( string $key ): string {
		return add_query_arg(
			array(
				'remove_item' => $key,
				'_wpnonce'    => wp_create_nonce( 'woocommerce-cart' ),
			),
			Pages::url( 'cart' )
		);
	}

	/** The TEST-ONLY add-to-cart script under WooCommerce's handle, with wc_add_to_cart_params. */
	public static function enqueue(): void {
		wp_enqueue_script( 'wc-add-to-cart', WOOCOMMERCE_STANDIN_URL . 'assets/add-to-cart.js', array( 'jquery' ), '0.1.0', true );
		$params = array(
			'ajax_url'    => admin_url( 'admin-ajax.php', 'relative' ),
			'wc_ajax_url' => add_query_arg( 'wc-ajax', '%%endpoint%%', home_url( '/', 'relative' ) ),
			'cart_url'    => Pages::url( 'cart' ),
			'i18n_view_cart' => 'View cart',
			'is_cart'     => Pages::is( 'cart' ),
		);
		wp_add_inline_script( 'wc-add-to-cart', 'var wc_add_to_cart_params = ' . wp_json_encode( $params, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS ) . ';', 'before' );
	}

	/** WC_AJAX::add_to_cart / remove_from_cart / get_refreshed_fragments. */
	private static function ajax( string $action ): void {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- WooCommerce's endpoints take no nonce.
		if ( 'add_to_cart' === $action ) {
			$id      = absint( wp_unslash( $_POST['product_id'] ?? 0 ) );
			$product = Cart::resolve( $id );
			$added   = is_wp_error( $product ) ? $product : Cart::add( $product, max( 1, absint( wp_unslash( $_POST['quantity'] ?? 1 ) ) ) );
			if ( is_wp_error( $added ) ) {
				Notices::add( $added->get_error_message(), 'error' );
				wp_send_json(
					array(
						'error'       => true,
						'product_url' => $id ? (string) get_permalink( $id ) : '',
					)
				);
			}
			do_action( 'woocommerce_ajax_added_to_cart', $id );
			self::send_fragments();
		}
		if ( 'remove_from_cart' === $action ) {
			$key = sanitize_key( wp_unslash( $_POST['cart_item_key'] ?? '' ) );
			if ( true !== Cart::remove( $key ) ) {
				wp_send_json_error();
			}
			self::send_fragments();
		}
		if ( 'get_refreshed_fragments' === $action ) {
			self::send_fragments();
		}
		// phpcs:enable
		wp_send_json( array( 'error' => true ), 400 );
	}

	private static function send_fragments(): void {
		nocache_headers();
		wp_send_json(
			array(
				'fragments' => array( 'div.widget_shopping_cart_content' => self::mini_cart() ),
				'cart_hash' => Cart::hash(),
			)
		);
	}

	/**
	 * ?add-to-cart=ID[&quantity=N][&variation_id=V&attribute_*=…]. A posted product form is answered with
	 * a redirect back to the page (Post/Redirect/Get); a GET link renders the page it was requested on.
	 */
	private static function add_from_request(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- WooCommerce's add-to-cart takes no nonce.
		$id         = absint( wp_unslash( $_REQUEST['add-to-cart'] ) );
		$quantity   = max( 1, absint( wp_unslash( $_REQUEST['quantity'] ?? 1 ) ) );
		$variation  = absint( wp_unslash( $_REQUEST['variation_id'] ?? 0 ) );
		$attributes = array();
		foreach ( wp_unslash( $_REQUEST ) as $name => $value ) {
			if ( is_string( $name ) && str_starts_with( $name, 'attribute_' ) && is_string( $value ) ) {
				$attributes[ sanitize_title( $name ) ] = sanitize_text_field( $value );
			}
		}
		// phpcs:enable
		$product = Cart::resolve( $variation ?: $id, $attributes );
		$added   = is_wp_error( $product ) ? $product : Cart::add( $product, $quantity );
		if ( is_wp_error( $added ) ) {
			Notices::add( $added->get_error_message(), 'error' );
		} else {
			Notices::added_to_cart( $product['parent_id'] ? (string) get_the_title( $product['parent_id'] ) : $product['name'], $quantity );
		}
		if ( 'POST' === ( $_SERVER['REQUEST_METHOD'] ?? 'GET' ) ) {
			wp_safe_redirect( remove_query_arg( array( 'add-to-cart', 'quantity', 'variation_id' ), wp_get_referer() ?: home_url( add_query_arg( array() ) ) ) );
			exit;
		}
	}

	private static function remove_from_link( string $key ): void {
		if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_GET['_wpnonce'] ?? '' ) ), 'woocommerce-cart' ) ) {
			return;
		}
		$line = Cart::lines()[ $key ] ?? null;
		if ( $line && true === Cart::remove( $key ) ) {
			Notices::add( sprintf( '&ldquo;%s&rdquo; removed.', esc_html( (string) get_the_title( $line['product_id'] ) ) ) );
		}
		wp_safe_redirect( Pages::url( 'cart' ) );
		exit;
	}
}
