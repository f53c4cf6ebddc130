<?php
/**
 * TEST-ONLY checkout page: a minimal classic billing form.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

Templates::header( 'Checkout' );
$standin_user = wp_get_current_user();
$standin_meta = static fn( string $key ) => $standin_user->ID ? (string) get_user_meta( $standin_user->ID, $key, true ) : '';
if ( ! Cart::lines() ) :
	?>
	<p class="cart-empty woocommerce-info">Your cart is currently empty.</p>
<?php else : ?>
<form name="checkout" method="post" class="checkout woocommerce-checkout" action="<?php echo esc_url( Pages::url( 'checkout' ) ); ?>">
	<div class="woocommerce-billing-fields">
		<h3>Billing details</h3>
		<?php
		$standin_fields = array(
			'billing_first_name' => array( 'First name', 'text', $standin_meta( 'billing_first_name' ) ),
			'billing_last_name'  => array( 'Last name', 'text', $standin_meta( 'billing_last_name' ) ),
			'billing_email'      => array( 'Email address', 'email', $standin_meta( 'billing_email' ) ?: ( $standin_user->user_email ?? '' ) ),
			'billing_phone'      => array( 'Phone', 'tel', $standin_meta( 'billing_phone' ) ),
			'billing_country'    => array( 'Country / Region', 'text', $standin_meta( 'billing_country' ) ?: 'NL' ),
		);
		foreach ( $standin_fields as $standin_name => list( $standin_label, $standin_type, $standin_value ) ) :
			?>
			<p class="form-row" id="<?php echo esc_attr( $standin_name ); ?>_field"><label for="<?php echo esc_attr( $standin_name ); ?>"><?php echo esc_html( $standin_label ); ?></label>
				<input type="<?php echo esc_attr( $standin_type ); ?>" class="input-text" name="<?php echo esc_attr( $standin_name ); ?>" id="<?php echo esc_attr( $standin_name ); ?>" value="<?php echo esc_attr( $standin_value ); ?>"></p>
		<?php endforeach; ?>
		<?php if ( ! is_user_logged_in() ) : ?>
			<p class="form-row create-account"><label><input type="checkbox" id="createaccount" name="createaccount" value="1"> Create an account?</label></p>
		<?php endif; ?>
	</div>
	<div id="order_review" class="woocommerce-checkout-review-order">
		<p class="order-total">Total: <strong><?php echo Money::html( Cart::total() ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></strong></p>
		<p class="payment_method_cod">Payment: Rembours</p>
		<?php wp_nonce_field( 'woocommerce-process_checkout', 'woocommerce-process-checkout-nonce' ); ?>
		<button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order" value="Place order">Place order</button>
	</div>
</form>
	<?php
endif;
Templates::footer();
