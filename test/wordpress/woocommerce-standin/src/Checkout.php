<?php
/**
 * Classic checkout form handling and the order-received endpoint.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Validates the checkout form, creates the order, fires WooCommerce's checkout hooks, redirects to order-received. */
final class Checkout {

	private const FIELDS = array( 'first_name', 'last_name', 'email', 'phone', 'country' );

	/** Hooks. */
	public static function register(): void {
		add_action( 'init', static fn() => add_rewrite_endpoint( 'order-received', EP_PAGES ) );
		add_action( 'wp_loaded', array( self::class, 'handle_post' ), 20 );
		add_action( 'template_redirect', array( self::class, 'thankyou' ) );
	}

	/** POST from the checkout page. */
	public static function handle_post(): void {
		if ( ! isset( $_POST['woocommerce_checkout_place_order'], $_POST['woocommerce-process-checkout-nonce'] )
			|| ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST['woocommerce-process-checkout-nonce'] ) ), 'woocommerce-process_checkout' ) ) {
			return;
		}
		$posted = array();
		foreach ( self::FIELDS as $field ) {
			$posted[ 'billing_' . $field ] = sanitize_text_field( wp_unslash( $_POST[ 'billing_' . $field ] ?? '' ) );
		}
		$posted['billing_country'] = strtoupper( substr( $posted['billing_country'], 0, 2 ) );
		$posted['createaccount']   = ! empty( $_POST['createaccount'] ) ? 1 : 0;
		$error                     = self::validate( $posted );
		if ( $error ) {
			Notices::add( esc_html( $error ), 'error' );
			wp_safe_redirect( Pages::url( 'checkout' ) );
			exit;
		}
		$customer_id = self::customer_for( $posted );
		if ( is_wp_error( $customer_id ) ) {
			Notices::add( esc_html( $customer_id->get_error_message() ), 'error' );
			wp_safe_redirect( Pages::url( 'checkout' ) );
			exit;
		}
		$billing = array();
		foreach ( self::FIELDS as $field ) {
			$billing[ $field ] = $posted[ 'billing_' . $field ];
		}
		$order = Orders::create( $billing, Cart::lines(), $customer_id );
		do_action( 'woocommerce_new_order', $order['id'] );
		do_action( 'woocommerce_checkout_order_created', $order['id'] );
		do_action( 'woocommerce_checkout_order_processed', $order['id'], $posted, null );
		Cart::clear();
		wp_safe_redirect( Pages::url( 'order_received' ) . $order['id'] . '/?key=' . rawurlencode( $order['key'] ) );
		exit;
	}

	/** On the order-received page: 404 for a wrong key, otherwise fire woocommerce_thankyou. */
	public static function thankyou(): void {
		$order_id = Pages::received_order_id();
		if ( ! $order_id ) {
			return;
		}
		$key = sanitize_text_field( wp_unslash( $_GET['key'] ?? '' ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the credential.
		if ( '' === $key || ! hash_equals( Orders::key( $order_id ), $key ) ) {
			global $wp_query;
			$wp_query->set_404();
			status_header( 404 );
			return;
		}
		add_action( 'standin_order_received_rendered', static fn() => do_action( 'woocommerce_thankyou', $order_id ) );
	}

	private static function validate( array $posted ): string {
		if ( ! Cart::lines() ) {
			return 'Your cart is empty.';
		}
		if ( '' === $posted['billing_first_name'] || '' === $posted['billing_last_name'] ) {
			return 'Billing first and last name are required fields.';
		}
		if ( ! is_email( $posted['billing_email'] ) ) {
			return 'Billing Email address is not a valid email address.';
		}
		return 2 === strlen( $posted['billing_country'] ) ? '' : 'Billing Country / Region is a required field.';
	}

	/** Logged-in user, a new account when asked for, or 0 for a guest order. @return int|\WP_Error */
	private static function customer_for( array $posted ) {
		if ( is_user_logged_in() || ! $posted['createaccount'] ) {
			return get_current_user_id();
		}
		$user_id = Account::create_customer(
			$posted['billing_email'],
			array(
				'first_name' => $posted['billing_first_name'],
				'last_name'  => $posted['billing_last_name'],
			)
		);
		if ( ! is_wp_error( $user_id ) ) {
			foreach ( self::FIELDS as $field ) {
				update_user_meta( $user_id, 'billing_' . $field, $posted[ 'billing_' . $field ] );
			}
			wp_set_current_user( $user_id );
			wp_set_auth_cookie( $user_id, true );
		}
		return $user_id;
	}
}
