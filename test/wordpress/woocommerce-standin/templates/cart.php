<?php
/**
 * TEST-ONLY cart page.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

Templates::header( 'Cart' );
$standin_lines = Cart::lines();
if ( ! $standin_lines ) :
	?>
	<p class="cart-empty woocommerce-info">Your cart is currently empty.</p>
	<p class="return-to-shop"><a class="button wc-backward" href="<?php echo esc_url( Pages::url( 'shop' ) ); ?>">Return to shop</a></p>
<?php else : ?>
<table class="shop_table shop_table_responsive cart woocommerce-cart-form__contents">
	<thead><tr><th class="product-remove"></th><th class="product-name">Product</th><th class="product-price">Price</th><th class="product-quantity">Quantity</th><th class="product-subtotal">Subtotal</th></tr></thead>
	<tbody>
	<?php
	foreach ( $standin_lines as $standin_key => $standin_line ) :
		$standin_product = Cart::line_product( $standin_line );
		if ( ! $standin_product ) {
			continue;
		}
		$standin_price = Cart::unit_price( $standin_line );
		?>
		<tr class="woocommerce-cart-form__cart-item cart_item">
			<td class="product-remove"><a href="<?php echo esc_url( ClassicCart::remove_url( $standin_key ) ); ?>" class="remove" aria-label="<?php echo esc_attr( 'Remove ' . $standin_product['name'] . ' from cart' ); ?>" data-product_id="<?php echo (int) $standin_product['id']; ?>" data-cart_item_key="<?php echo esc_attr( $standin_key ); ?>" data-product_sku="<?php echo esc_attr( $standin_product['sku'] ); ?>">&times;</a></td>
			<td class="product-name"><a href="<?php echo esc_url( $standin_product['url'] ); ?>"><?php echo esc_html( $standin_product['name'] ); ?></a></td>
			<td class="product-price"><?php echo Money::html( $standin_price ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></td>
			<td class="product-quantity"><?php echo (int) $standin_line['quantity']; ?></td>
			<td class="product-subtotal"><?php echo Money::html( $standin_line['line_total'] + $standin_line['line_tax'] ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></td>
		</tr>
	<?php endforeach; ?>
	</tbody>
</table>
<div class="cart_totals"><p class="order-total">Total: <strong><?php echo Money::html( Cart::total() ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></strong></p>
	<p class="wc-proceed-to-checkout"><a href="<?php echo esc_url( Pages::url( 'checkout' ) ); ?>" class="checkout-button button alt wc-forward">Proceed to checkout</a></p></div>
	<?php
endif;
Templates::footer();
