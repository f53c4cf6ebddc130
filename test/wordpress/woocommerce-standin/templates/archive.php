<?php
/**
 * TEST-ONLY shop page and product category/tag archives.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

Templates::header( is_tax() ? single_term_title( '', false ) : 'Shop' );
?>
<ul class="products columns-4">
<?php
while ( have_posts() ) :
	the_post();
	$standin_product = Catalog::product( get_the_ID() );
	if ( ! $standin_product ) {
		continue;
	}
	?>
	<li class="product type-product post-<?php the_ID(); ?> product-type-<?php echo esc_attr( $standin_product['type'] ); ?> <?php echo esc_attr( $standin_product['stock_status'] ); ?>">
		<a href="<?php the_permalink(); ?>" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><h2 class="woocommerce-loop-product__title"><?php the_title(); ?></h2></a>
		<span class="price"><?php echo Catalog::price_html( $standin_product ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></span>
		<?php echo Templates::loop_button( $standin_product ); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?>
	</li>
<?php endwhile; ?>
</ul>
<?php
Templates::footer();
