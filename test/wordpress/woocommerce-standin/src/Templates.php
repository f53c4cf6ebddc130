<?php
/**
 * Classic PHP templates for the store pages, rendered inside the active theme's head and footer.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Picks a stand-in template for product, archive and store pages, and adds WooCommerce's body classes. */
final class Templates {

	/** Hooks. */
	public static function register(): void {
		add_filter( 'template_include', array( self::class, 'template' ), 20 );
		add_filter( 'body_class', array( self::class, 'body_classes' ) );
		add_action( 'pre_get_posts', array( self::class, 'archive_query' ) );
	}

	/** Template file for the current request, or the theme's own. */
	public static function template( string $template ): string {
		$name = self::page_type();
		return $name ? WOOCOMMERCE_STANDIN_DIR . '/templates/' . $name . '.php' : $template;
	}

	/** 'product', 'archive', 'cart', 'checkout', 'order-received', 'account' or '' when not a store page. */
	public static function page_type(): string {
		if ( is_singular( 'product' ) ) {
			return 'product';
		}
		if ( is_post_type_archive( 'product' ) || is_tax( array( 'product_cat', 'product_tag' ) ) ) {
			return 'archive';
		}
		if ( Pages::received_order_id() ) {
			return 'order-received';
		}
		foreach ( array( 'cart', 'checkout', 'myaccount' ) as $page ) {
			if ( Pages::is( $page ) ) {
				return 'myaccount' === $page ? 'account' : $page;
			}
		}
		return '';
	}

	/** WooCommerce's body classes (WordPress adds single-product and tax-product_cat itself). */
	public static function body_classes( array $classes ): array {
		$extra = array(
			'product'        => array( 'woocommerce' ),
			'archive'        => array( 'woocommerce', 'woocommerce-shop' ),
			'cart'           => array( 'woocommerce-cart' ),
			'checkout'       => array( 'woocommerce-checkout' ),
			'order-received' => array( 'woocommerce-checkout', 'woocommerce-order-received' ),
			'account'        => array( 'woocommerce-account' ),
		);
		$type = self::page_type();
		return $type ? array_merge( $classes, $extra[ $type ], array( 'woocommerce-page', 'woocommerce-standin' ) ) : $classes;
	}

	/** Product archives list every product of the term on one page. */
	public static function archive_query( \WP_Query $query ): void {
		if ( ! is_admin() && $query->is_main_query() && ( $query->is_post_type_archive( 'product' ) || $query->is_tax( array( 'product_cat', 'product_tag' ) ) ) ) {
			$query->set( 'posts_per_page', 100 );
			$query->set( 'orderby', 'menu_order title' );
			$query->set( 'order', 'ASC' );
		}
	}

	/** Opens the page: theme head, header with store links and the mini-cart, notices. */
	public static function header( string $title ): void {
		?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
		<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
		<?php wp_body_open(); ?>
<div class="wp-site-blocks">
<header class="site-header woocommerce-standin-header">
	<p class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a></p>
	<nav class="woocommerce-standin-nav">
		<a href="<?php echo esc_url( Pages::url( 'shop' ) ); ?>">Shop</a>
		<a href="<?php echo esc_url( Pages::url( 'cart' ) ); ?>">Cart</a>
		<a href="<?php echo esc_url( Pages::url( 'checkout' ) ); ?>">Checkout</a>
		<a href="<?php echo esc_url( Pages::url( 'myaccount' ) ); ?>">My account</a>
	</nav>
	<div class="widget woocommerce widget_shopping_cart"><?php echo ClassicCart::mini_cart(); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?></div>
</header>
<main class="woocommerce">
	<h1 class="entry-title"><?php echo esc_html( $title ); ?></h1>
		<?php
		Notices::print_all();
	}

	/** Closes the page with the visible TEST-ONLY marker and the theme footer. */
	public static function footer(): void {
		?>
</main>
<footer class="woocommerce-standin-footer"><p class="woocommerce-standin-marker">WooCommerce stand-in (test only)</p></footer>
</div>
		<?php wp_footer(); ?>
</body>
</html>
		<?php
	}

	/** AJAX add-to-cart button for simple purchasable products, a "Select options"/"Read more" link otherwise. */
	public static function loop_button( array $product ): string {
		$ajax = 'simple' === $product['type'] && 'outofstock' !== $product['stock_status'];
		if ( ! $ajax ) {
			$label = 'variable' === $product['type'] ? 'Select options' : 'Read more';
			return '<a href="' . esc_url( $product['url'] ) . '" class="button product_type_' . esc_attr( $product['type'] ) . '">' . esc_html( $label ) . '</a>';
		}
		return sprintf(
			'<a href="%1$s" data-quantity="1" data-product_id="%2$d" data-product_sku="%3$s" class="button product_type_simple add_to_cart_button ajax_add_to_cart" aria-label="%4$s" rel="nofollow">Add to cart</a>',
			esc_url( add_query_arg( 'add-to-cart', $product['id'] ) ),
			$product['id'],
			esc_attr( $product['sku'] ),
			esc_attr( sprintf( 'Add to cart: “%s”', $product['name'] ) )
		);
	}

	/** Stock line like wc_get_stock_html(). */
	public static function stock_html( array $product ): string {
		$labels = array(
			'instock'     => array( 'in-stock', 'In stock' ),
			'outofstock'  => array( 'out-of-stock', 'Out of stock' ),
			'onbackorder' => array( 'available-on-backorder', 'Available on backorder' ),
		);
		list( $class, $text ) = $labels[ $product['stock_status'] ] ?? $labels['instock'];
		if ( 'instock' === $product['stock_status'] && $product['manage_stock'] && null !== $product['stock'] ) {
			$text = $product['stock'] . ' in stock';
		}
		return '<p class="stock ' . esc_attr( $class ) . '">' . esc_html( $text ) . '</p>';
	}
}
