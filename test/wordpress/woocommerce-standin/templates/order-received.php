<?php
/**
 * TEST-ONLY order-received ("thank you") page; fires woocommerce_thankyou on every view, like WooCommerce.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

$standin_order = Orders::find( Pages::received_order_id() );
Templates::header( 'Order received' );
if ( $standin_order ) :
	?>
<p class="woocommerce-notice woocommerce-notice--success woocommerce-thankyou-order-received">Thank you. Your order has been received.</p>
<ul class="woocommerce-order-overview woocommerce-thankyou-order-details order_details">
	<li class="woocommerce-order-overview__order order">Order number: <strong><?php echo esc_html( $standin_order['number'] ); ?></strong></li>
	<li class="woocommerce-order-overview__email email">Email: <strong><?php echo esc_html( $standin_order['email'] ); ?></strong></li>
	<li class="woocommerce-order-overview__total total">Total: <strong><?php echo Money::html( $standin_order['total'] ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></strong></li>
	<li class="woocommerce-order-overview__payment-method method">Payment method: <strong>Rembours</strong></li>
</ul>
	<?php
	do_action( 'standin_order_received_rendered' );
endif;
Templates::footer();
