<?php
/**
 * The cart as WooCommerce keeps it in the session.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Cart lines keyed like WC_Cart::generate_cart_id(), stored under the session keys `cart` and
 * `cart_totals` in WooCommerce's field layout. Errors carry the Store API's codes and statuses so
 * both the classic handlers and the Store API report the same thing.
 */
final class Cart {

	/** @return array<string, array> Cart lines keyed by cart item key. */
	public static function lines(): array {
		$cart = Session::current()->get( 'cart', array() );
		return is_array( $cart ) ? $cart : array();
	}

	/** Sum of quantities. */
	public static function count(): int {
		return (int) array_sum( array_column( self::lines(), 'quantity' ) );
	}

	/** Cart total including tax (prices are entered including tax). */
	public static function total(): float {
		$totals = Session::current()->get( 'cart_totals', array() );
		return (float) ( $totals['total'] ?? 0 );
	}

	/** WC_Cart::get_cart_hash(): md5 of the cart for the session plus its total. */
	public static function hash(): string {
		$lines = self::lines();
		return $lines ? md5( wp_json_encode( $lines ) . self::total() ) : '';
	}

	/**
	 * Resolves what to add: a simple product, a variation id, or a variable parent plus attributes.
	 *
	 * @param array<string, string> $attributes `attribute_*` => value (for a parent id).
	 * @return array|WP_Error The sellable product (Catalog::product shape).
	 */
	public static function resolve( int $id, array $attributes = array() ) {
		$product = Catalog::product( $id );
		if ( ! $product || in_array( $product['type'], array( 'grouped', 'external' ), true ) ) {
			return new WP_Error( 'woocommerce_rest_product_invalid_id', __( 'This product cannot be added to the cart.' ), array( 'status' => 400 ) );
		}
		if ( 'variable' !== $product['type'] ) {
			return $product;
		}
		foreach ( Catalog::variation_ids( $id ) as $variation_id ) {
			$variation = Catalog::product( $variation_id );
			if ( $variation && $attributes && self::attributes_match( $variation['attributes'], $attributes ) ) {
				return $variation;
			}
		}
		return new WP_Error( 'woocommerce_rest_missing_variation_data', sprintf( 'Please choose product options for &quot;%s&quot;.', $product['name'] ), array( 'status' => 400 ) );
	}

	/**
	 * Adds a product; answers the cart item key or a WP_Error with WooCommerce's code.
	 *
	 * @param array $product Catalog::product shape (from resolve()).
	 * @return string|WP_Error
	 */
	public static function add( array $product, int $quantity ) {
		if ( $quantity < 1 ) {
			return new WP_Error( 'woocommerce_rest_invalid_quantity', 'Quantity must be at least 1.', array( 'status' => 400 ) );
		}
		$variation = $product['attributes'];
		ksort( $variation );
		$product_id   = $product['parent_id'] ?: $product['id'];
		$variation_id = $product['parent_id'] ? $product['id'] : 0;
		$key          = self::item_key( $product_id, $variation_id, $variation );
		$lines        = self::lines();
		$in_cart      = (int) ( $lines[ $key ]['quantity'] ?? 0 );
		$stock_error  = self::stock_error( $product, $in_cart + $quantity );
		if ( $stock_error ) {
			return $stock_error;
		}
		$lines[ $key ] = array(
			'key'          => $key,
			'product_id'   => $product_id,
			'variation_id' => $variation_id,
			'variation'    => $variation,
			'quantity'     => $in_cart + $quantity,
			'data_hash'    => md5(
				wp_json_encode(
					array(
						'type'       => $product['parent_id'] ? 'variation' : $product['type'],
						'attributes' => $product['parent_id'] ? $product['attributes'] : '',
					)
				)
			),
		);
		self::save( $lines );
		do_action( 'woocommerce_add_to_cart', $key, $product_id, $quantity, $variation_id, $variation, array() );
		return $key;
	}

	/** Sets a line's quantity (0 removes it). @return true|WP_Error */
	public static function set_quantity( string $key, int $quantity ) {
		$lines = self::lines();
		if ( ! isset( $lines[ $key ] ) ) {
			return self::invalid_key();
		}
		if ( $quantity < 1 ) {
			return self::remove( $key );
		}
		$product = Catalog::product( $lines[ $key ]['variation_id'] ?: $lines[ $key ]['product_id'] );
		$error   = $product ? self::stock_error( $product, $quantity ) : self::invalid_key();
		if ( $error ) {
			return $error;
		}
		$lines[ $key ]['quantity'] = $quantity;
		self::save( $lines );
		return true;
	}

	/** Removes a line. @return true|WP_Error */
	public static function remove( string $key ) {
		$lines = self::lines();
		if ( ! isset( $lines[ $key ] ) ) {
			return self::invalid_key();
		}
		do_action( 'woocommerce_remove_cart_item', $key, null );
		unset( $lines[ $key ] );
		self::save( $lines );
		return true;
	}

	/** Empties the cart (after checkout). */
	public static function clear(): void {
		self::save( array() );
	}

	/** The product behind a line (variation when there is one). */
	public static function line_product( array $line ): ?array {
		return Catalog::product( (int) ( $line['variation_id'] ?: $line['product_id'] ) );
	}

	/** Unit price including tax, as the shop displays it. */
	public static function unit_price( array $line ): float {
		return $line['quantity'] > 0 ? round( ( $line['line_total'] + $line['line_tax'] ) / $line['quantity'], Money::decimals() ) : 0.0;
	}

	/** WC_Cart::generate_cart_id() for lines without extra cart item data. */
	private static function item_key( int $product_id, int $variation_id, array $variation ): string {
		$parts = array( $product_id );
		if ( $variation_id ) {
			$parts[] = $variation_id;
		}
		if ( $variation ) {
			$parts[] = implode( '', array_map( static fn( $k, $v ) => trim( $k ) . trim( $v ), array_keys( $variation ), $variation ) );
		}
		return md5( implode( '_', $parts ) );
	}

	/** WooCommerce's stock refusals (whole quantity in the cart counted). */
	private static function stock_error( array $product, int $quantity ): ?WP_Error {
		$name = $product['name'];
		if ( 'outofstock' === $product['stock_status'] ) {
			/* translators: %s: product name */
			return new WP_Error( 'woocommerce_rest_product_out_of_stock', sprintf( 'You cannot add &quot;%s&quot; to the cart because the product is out of stock.', $name ), array( 'status' => 400 ) );
		}
		$backorders = 'no' !== get_post_meta( $product['id'], '_backorders', true );
		if ( $product['manage_stock'] && ! $backorders && null !== $product['stock'] && $quantity > $product['stock'] ) {
			return new WP_Error(
				'woocommerce_rest_product_partially_out_of_stock',
				sprintf( 'You cannot add that amount of &quot;%1$s&quot; to the cart because there is not enough stock (%2$d remaining).', $name, max( 0, $product['stock'] ) ),
				array( 'status' => 400 )
			);
		}
		return null;
	}

	private static function invalid_key(): WP_Error {
		return new WP_Error( 'woocommerce_rest_cart_invalid_key', 'Cart item no longer exists or is invalid.', array( 'status' => 409 ) );
	}

	private static function attributes_match( array $variation, array $wanted ): bool {
		foreach ( $variation as $name => $value ) {
			// An empty variation value means "any" in WooCommerce; slugs and custom values compare case-insensitively.
			if ( '' !== $value && 0 !== strcasecmp( (string) ( $wanted[ $name ] ?? '' ), $value ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Recomputes the line amounts and totals and stores them in the session like WC_Cart_Session.
	 * Prices include tax: the tax share of the base-country rate is split out of each line.
	 */
	private static function save( array $lines ): void {
		$session  = Session::current();
		$subtotal = 0.0;
		$tax      = 0.0;
		$taxes    = array();
		foreach ( $lines as $key => $line ) {
			$product = self::line_product( $line );
			$gross   = $product ? $product['price'] * $line['quantity'] : 0.0;
			$rate    = $product ? Money::tax_rate( $product['tax_class'] ) : null;
			$net     = $rate ? $gross / ( 1 + $rate['percent'] / 100 ) : $gross;
			$raw_tax = $gross - $net;
			$data    = $rate ? array( $rate['id'] => $raw_tax ) : array();
			$lines[ $key ]  = array_merge(
				$line,
				array(
					'line_tax_data'     => array(
						'subtotal' => $data,
						'total'    => $data,
					),
					'line_subtotal'     => $net,
					'line_subtotal_tax' => round( $raw_tax, 2 ),
					'line_total'        => $net,
					'line_tax'          => round( $raw_tax, 2 ),
				)
			);
			$subtotal += $net;
			$tax       = round( $tax + round( $raw_tax, 2 ), 2 );
			if ( $rate ) {
				$taxes[ $rate['id'] ] = round( ( $taxes[ $rate['id'] ] ?? 0 ) + $raw_tax, 2 );
			}
		}
		$session->set( 'cart', $lines ?: null );
		$session->set( 'cart_totals', $lines ? self::totals( $subtotal, $tax, $taxes ) : null );
		if ( null === $session->get( 'customer' ) ) {
			$session->set( 'customer', Customer::session_data() );
		}
		$session->set_cookie();
		self::send_cart_cookies();
	}

	/** `cart_totals` with WooCommerce's keys (no shipping, fees or coupons in the stand-in). */
	private static function totals( float $subtotal, float $tax, array $taxes ): array {
		$decimal = static fn( float $amount ) => number_format( $amount, Money::decimals(), '.', '' );
		return array(
			'subtotal'            => $decimal( $subtotal ),
			'subtotal_tax'        => $tax,
			'shipping_total'      => '0',
			'shipping_tax'        => 0.0,
			'shipping_taxes'      => array(),
			'discount_total'      => 0.0,
			'discount_tax'        => 0.0,
			'cart_contents_total' => $decimal( $subtotal ),
			'cart_contents_tax'   => $tax,
			'cart_contents_taxes' => $taxes,
			'fee_total'           => '0',
			'fee_tax'             => 0.0,
			'fee_taxes'           => array(),
			'total'               => $decimal( $subtotal + $tax ),
			'total_tax'           => $tax,
		);
	}

	/** woocommerce_items_in_cart / woocommerce_cart_hash, as WC_Cart_Session::set_cart_cookies(). */
	private static function send_cart_cookies(): void {
		if ( headers_sent() ) {
			return;
		}
		$hash = self::hash();
		$path = COOKIEPATH ?: '/';
		setcookie( 'woocommerce_items_in_cart', $hash ? '1' : '', $hash ? 0 : time() - HOUR_IN_SECONDS, $path, COOKIE_DOMAIN );
		setcookie( 'woocommerce_cart_hash', $hash, $hash ? 0 : time() - HOUR_IN_SECONDS, $path, COOKIE_DOMAIN );
	}
}
