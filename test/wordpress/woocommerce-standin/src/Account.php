<?php
/**
 * My account: login and registration forms handled like WC_Form_Handler.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/** Login (wp_signon, core wp_login) and registration (role customer, woocommerce_created_customer). */
final class Account {

	/** Hooks. */
	public static function register(): void {
		add_action( 'wp_loaded', array( self::class, 'handle_post' ), 20 );
	}

	/** Processes the my-account forms, then redirects (Post/Redirect/Get) like WooCommerce. */
	public static function handle_post(): void {
		if ( isset( $_POST['login'], $_POST['woocommerce-login-nonce'] ) && wp_verify_nonce( sanitize_key( wp_unslash( $_POST['woocommerce-login-nonce'] ) ), 'woocommerce-login' ) ) {
			$user = wp_signon(
				array(
					'user_login'    => sanitize_user( wp_unslash( $_POST['username'] ?? '' ) ),
					'user_password' => (string) wp_unslash( $_POST['password'] ?? '' ), // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- passwords are not sanitized.
					'remember'      => true,
				),
				is_ssl()
			);
			self::finish( $user );
		}
		if ( isset( $_POST['register'], $_POST['woocommerce-register-nonce'] ) && wp_verify_nonce( sanitize_key( wp_unslash( $_POST['woocommerce-register-nonce'] ) ), 'woocommerce-register' ) ) {
			$user_id = self::create_customer( sanitize_email( wp_unslash( $_POST['email'] ?? '' ) ) );
			if ( ! is_wp_error( $user_id ) ) {
				wp_set_current_user( $user_id );
				wp_set_auth_cookie( $user_id, true );
			}
			self::finish( $user_id );
		}
	}

	/**
	 * wc_create_new_customer() with the fixture's settings (generated username and password).
	 *
	 * @param array $extra first_name, last_name (from checkout).
	 * @return int|WP_Error New user id.
	 */
	public static function create_customer( string $email, array $extra = array() ) {
		if ( ! is_email( $email ) ) {
			return new WP_Error( 'registration-error-invalid-email', 'Please provide a valid email address.' );
		}
		if ( email_exists( $email ) ) {
			return new WP_Error( 'registration-error-email-exists', 'An account is already registered with your email address. Please log in.' );
		}
		$base     = sanitize_user( current( explode( '@', $email ) ), true ) ?: 'customer';
		$username = $base;
		for ( $n = 1; username_exists( $username ); $n++ ) {
			$username = $base . $n;
		}
		$data    = array(
			'user_login' => $username,
			'user_pass'  => wp_generate_password(),
			'user_email' => $email,
			'role'       => 'customer',
		) + array_intersect_key( $extra, array_flip( array( 'first_name', 'last_name' ) ) );
		$user_id = wp_insert_user( $data );
		if ( is_wp_error( $user_id ) ) {
			return $user_id;
		}
		do_action( 'woocommerce_created_customer', $user_id, $data, true );
		return $user_id;
	}

	/** Error notice and back to the form, or to my account on success. */
	private static function finish( $result ): void {
		if ( is_wp_error( $result ) ) {
			Notices::add( '<strong>Error:</strong> ' . esc_html( wp_strip_all_tags( $result->get_error_message() ) ), 'error' );
		}
		wp_safe_redirect( Pages::url( 'myaccount' ) );
		exit;
	}
}
