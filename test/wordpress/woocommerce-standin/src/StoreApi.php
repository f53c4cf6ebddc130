<?php
/**
 * A subset of WooCommerce's Store API cart routes (wc/store/v1) on the stand-in's session and cart.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/** GET cart, POST cart/add-item, cart/update-item, cart/remove-item with the Nonce header check. */
final class StoreApi {

	private const NAMESPACE = 'wc/store/v1';

	/** Hooks. */
	public static function register(): void {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
		// Like WooCommerce: Store API requests keep the cookie user without X-WP-Nonce (the Nonce header guards writes).
		add_filter(
			'rest_authentication_errors',
			static function ( $result ) {
				$route = (string) ( $GLOBALS['wp']->query_vars['rest_route'] ?? '' );
				return null === $result && str_starts_with( $route, '/' . self::NAMESPACE . '/' ) ? true : $result;
			},
			5
		);
	}

	/** Route table. */
	public static function routes(): void {
		$int = array(
			'type'     => 'integer',
			'required' => true,
		);
		$key = array(
			'type'     => 'string',
			'required' => true,
		);
		$routes = array(
			'/cart'             => array( 'GET', static fn() => self::cart_response(), array() ),
			'/cart/add-item'    => array( 'POST', array( self::class, 'add_item' ), array( 'id' => $int, 'quantity' => array( 'type' => 'integer', 'default' => 1 ), 'variation' => array( 'type' => 'array', 'default' => array() ) ) ),
			'/cart/update-item' => array( 'POST', array( self::class, 'update_item' ), array( 'key' => $key, 'quantity' => $int ) ),
			'/cart/remove-item' => array( 'POST', array( self::class, 'remove_item' ), array( 'key' => $key ) ),
		);
		foreach ( $routes as $path => list( $method, $callback, $args ) ) {
			register_rest_route(
				self::NAMESPACE,
				$path,
				array(
					'methods'             => $method,
					'callback'            => $callback,
					'permission_callback' => 'GET' === $method ? '__return_true' : array( self::class, 'check_nonce' ),
					'args'                => $args,
				)
			);
		}
	}

	/** 401 without the Nonce header, 403 with a wrong one (WooCommerce's codes and statuses). @return true|WP_Error */
	public static function check_nonce( WP_REST_Request $request ) {
		$nonce = (string) $request->get_header( 'Nonce' );
		if ( '' === $nonce ) {
			return new WP_Error( 'woocommerce_rest_missing_nonce', 'Missing the Nonce header. This endpoint requires a valid nonce.', array( 'status' => 401 ) );
		}
		if ( ! wp_verify_nonce( $nonce, 'wc_store_api' ) ) {
			return new WP_Error( 'woocommerce_rest_invalid_nonce', 'Nonce is invalid.', array( 'status' => 403 ) );
		}
		return true;
	}

	/** POST cart/add-item: id (product or variation), quantity, variation [{attribute, value}]. */
	public static function add_item( WP_REST_Request $request ) {
		$attributes = array();
		foreach ( (array) $request['variation'] as $pair ) {
			if ( is_array( $pair ) && isset( $pair['attribute'], $pair['value'] ) ) {
				$name                = (string) $pair['attribute'];
				$name                = str_starts_with( $name, 'attribute_' ) ? $name : 'attribute_' . sanitize_title( $name );
				$attributes[ $name ] = (string) $pair['value'];
			}
		}
		$product = Cart::resolve( (int) $request['id'], $attributes );
		$added   = is_wp_error( $product ) ? $product : Cart::add( $product, (int) $request['quantity'] );
		return is_wp_error( $added ) ? $added : self::cart_response( 201 );
	}

	/** POST cart/update-item: key, quantity. */
	public static function update_item( WP_REST_Request $request ) {
		$result = Cart::set_quantity( (string) $request['key'], (int) $request['quantity'] );
		return is_wp_error( $result ) ? $result : self::cart_response();
	}

	/** POST cart/remove-item: key. */
	public static function remove_item( WP_REST_Request $request ) {
		$result = Cart::remove( (string) $request['key'] );
		return is_wp_error( $result ) ? $result : self::cart_response();
	}

	/** The cart shape subset with Nonce, Nonce-Timestamp and Cart-Token headers. */
	private static function cart_response( int $status = 200 ): WP_REST_Response {
		$items = array();
		foreach ( Cart::lines() as $line ) {
			$product = Cart::line_product( $line );
			if ( $product ) {
				$items[] = self::item( $line, $product );
			}
		}
		$totals   = (array) Session::current()->get( 'cart_totals', array() );
		$response = new WP_REST_Response(
			array(
				'items'       => $items,
				'items_count' => Cart::count(),
				'totals'      => self::currency() + array(
					'total_items'     => Money::minor( (float) ( $totals['subtotal'] ?? 0 ) ),
					'total_items_tax' => Money::minor( (float) ( $totals['subtotal_tax'] ?? 0 ) ),
					'total_price'     => Money::minor( Cart::total() ),
					'total_tax'       => Money::minor( (float) ( $totals['total_tax'] ?? 0 ) ),
				),
			),
			$status
		);
		$response->header( 'Nonce', wp_create_nonce( 'wc_store_api' ) );
		$response->header( 'Nonce-Timestamp', (string) time() );
		$response->header( 'Cart-Token', self::cart_token() );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	private static function item( array $line, array $product ): array {
		$regular = $product['regular_price'] ?: $product['price'];
		return array(
			'key'       => $line['key'],
			'id'        => $product['id'],
			'quantity'  => (int) $line['quantity'],
			'name'      => $product['parent_id'] ? (string) get_the_title( $product['parent_id'] ) : $product['name'],
			'sku'       => $product['sku'],
			'permalink' => $product['url'],
			'variation' => self::variation( $line['variation'], $product['parent_id'] ),
			'prices'    => self::currency() + array(
				'price'         => Money::minor( $product['price'] ),
				'regular_price' => Money::minor( $regular ),
				'sale_price'    => Money::minor( $product['price'] ),
			),
			'totals'    => self::currency() + array(
				'line_subtotal'     => Money::minor( $line['line_subtotal'] ),
				'line_subtotal_tax' => Money::minor( $line['line_subtotal_tax'] ),
				'line_total'        => Money::minor( $line['line_total'] ),
				'line_tax'          => Money::minor( $line['line_tax'] ),
			),
		);
	}

	/** [{raw_attribute, attribute (label), value (term name)}] as the Store API lists a variation. */
	private static function variation( array $variation, int $parent_id ): array {
		$attributes = (array) get_post_meta( $parent_id, '_product_attributes', true );
		$result     = array();
		foreach ( $variation as $raw => $value ) {
			$taxonomy = substr( $raw, strlen( 'attribute_' ) );
			$term     = taxonomy_exists( $taxonomy ) ? get_term_by( 'slug', $value, $taxonomy ) : false;
			$result[] = array(
				'raw_attribute' => $raw,
				'attribute'     => str_starts_with( $taxonomy, 'pa_' ) ? self::attribute_label( $taxonomy ) : (string) ( $attributes[ $taxonomy ]['name'] ?? $taxonomy ),
				'value'         => $term ? $term->name : $value,
			);
		}
		return $result;
	}

	private static function attribute_label( string $taxonomy ): string {
		global $wpdb;
		$label = $wpdb->get_var( $wpdb->prepare( "SELECT attribute_label FROM {$wpdb->prefix}woocommerce_attribute_taxonomies WHERE attribute_name = %s", substr( $taxonomy, 3 ) ) );
		return (string) ( $label ?: $taxonomy );
	}

	private static function currency(): array {
		return array(
			'currency_code'       => Money::currency(),
			'currency_minor_unit' => Money::decimals(),
		);
	}

	/** HS256 token carrying the session key, in the shape of WooCommerce's Cart-Token (not accepted back here). */
	private static function cart_token(): string {
		$encode  = static fn( string $raw ) => rtrim( strtr( base64_encode( $raw ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
		$header  = $encode( (string) wp_json_encode( array( 'alg' => 'HS256', 'typ' => 'JWT' ) ) );
		$payload = $encode( (string) wp_json_encode( array( 'user_id' => Session::current()->customer_id(), 'exp' => time() + 2 * DAY_IN_SECONDS, 'iss' => 'store-api' ) ) );
		return $header . '.' . $payload . '.' . $encode( hash_hmac( 'sha256', $header . '.' . $payload, '@' . wp_salt(), true ) );
	}
}
