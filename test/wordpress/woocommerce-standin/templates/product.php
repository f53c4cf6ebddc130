<?php
/**
 * TEST-ONLY single product page (classic WooCommerce markup).
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

$standin_product = Catalog::product( get_queried_object_id() );
Templates::header( get_the_title() );
if ( $standin_product ) :
	$standin_variations = 'variable' === $standin_product['type'] ? array_filter( array_map( array( Catalog::class, 'product' ), Catalog::variation_ids( $standin_product['id'] ) ) ) : array();
	?>
<div id="product-<?php echo (int) $standin_product['id']; ?>" class="product type-product product-type-<?php echo esc_attr( $standin_product['type'] ); ?> <?php echo esc_attr( $standin_product['stock_status'] ); ?>">
	<p class="price"><?php echo Catalog::price_html( $standin_product ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></p>
	<?php echo Templates::stock_html( $standin_product ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?>
	<?php if ( $standin_product['sku'] ) : ?>
		<p class="product_meta"><span class="sku_wrapper">SKU: <span class="sku"><?php echo esc_html( $standin_product['sku'] ); ?></span></span></p>
	<?php endif; ?>
	<?php if ( 'simple' === $standin_product['type'] ) : ?>
		<p class="woocommerce-loop-add-to-cart"><?php echo Templates::loop_button( $standin_product ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></p>
	<?php endif; ?>
	<?php if ( in_array( $standin_product['type'], array( 'simple', 'variable' ), true ) ) : ?>
	<form class="cart<?php echo $standin_variations ? ' variations_form' : ''; ?>" action="<?php echo esc_url( get_permalink() ); ?>" method="post" enctype="multipart/form-data">
		<?php if ( $standin_variations ) : ?>
			<label for="variation_id">Variation</label>
			<select id="variation_id" name="variation_id">
				<?php foreach ( $standin_variations as $standin_variation ) : ?>
					<option value="<?php echo (int) $standin_variation['id']; ?>"<?php disabled( 'outofstock', $standin_variation['stock_status'] ); ?>><?php echo esc_html( $standin_variation['name'] . ' — ' . Money::format( $standin_variation['price'] ) ); ?></option>
				<?php endforeach; ?>
			</select>
		<?php endif; ?>
		<div class="quantity"><label class="screen-reader-text" for="quantity">Quantity</label><input type="number" id="quantity" class="input-text qty text" name="quantity" value="1" min="1" step="1"></div>
		<button type="submit" name="add-to-cart" value="<?php echo (int) $standin_product['id']; ?>" class="single_add_to_cart_button button alt"<?php disabled( 'outofstock', $standin_product['stock_status'] ); ?>>Add to cart</button>
	</form>
	<?php endif; ?>
	<div class="woocommerce-product-details__short-description"><?php echo wp_kses_post( get_the_excerpt() ); ?></div>
</div>
	<?php
endif;
Templates::footer();
