<?php
/**
 * Store notices kept in the session until shown, as wc_add_notice() does.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** `wc_notices` session entry: array{success?: list, error?: list} of {notice, data}. */
final class Notices {

	/** Queues a notice (HTML allowed, already escaped by the caller). */
	public static function add( string $html, string $type = 'success' ): void {
		$session           = Session::current();
		$notices           = (array) $session->get( 'wc_notices', array() );
		$notices[ $type ][] = array(
			'notice' => $html,
			'data'   => array(),
		);
		$session->set( 'wc_notices', $notices );
	}

	/** Prints and clears the queued notices with WooCommerce's classic wrappers. */
	public static function print_all(): void {
		$session = Session::current();
		$notices = (array) $session->get( 'wc_notices', array() );
		if ( ! $notices ) {
			return;
		}
		echo '<div class="woocommerce-notices-wrapper">';
		foreach ( $notices as $type => $list ) {
			$class = 'error' === $type ? 'woocommerce-error' : 'woocommerce-message';
			foreach ( $list as $notice ) {
				echo '<div class="' . esc_attr( $class ) . '" role="alert">' . wp_kses_post( $notice['notice'] ) . '</div>';
			}
		}
		echo '</div>';
		$session->set( 'wc_notices', null );
	}

	/** "“X” has been added to your cart." with the View cart link, as wc_add_to_cart_message(). */
	public static function added_to_cart( string $name, int $quantity ): void {
		$what = $quantity > 1 ? sprintf( '%d &times; &ldquo;%s&rdquo; have been added to your cart.', $quantity, esc_html( $name ) ) : sprintf( '&ldquo;%s&rdquo; has been added to your cart.', esc_html( $name ) );
		self::add( $what . ' <a href="' . esc_url( Pages::url( 'cart' ) ) . '" class="button wc-forward wp-element-button">View cart</a>' );
	}
}
