<?php
/**
 * Writes and reads orders in the fixture's storage: HPOS tables authoritative, posts copy in sync.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/**
 * Creates an order the way WooCommerce 10.1 leaves it with HPOS on and compatibility sync on: the id is
 * allocated by a `shop_order_placehold` post, the HPOS rows use that id, and the post is then turned
 * into the full `shop_order` copy with its postmeta. Line items and their meta are shared by both.
 */
final class Orders {

	/**
	 * Creates a processing order from cart lines.
	 *
	 * @param array $billing first_name, last_name, email, phone, country.
	 * @param array $lines   Cart lines (Cart::lines()).
	 * @return array{id: int, key: string}
	 */
	public static function create( array $billing, array $lines, int $customer_id ): array {
		global $wpdb;
		$now     = time();
		$gmt     = gmdate( 'Y-m-d H:i:s', $now );
		$local   = get_date_from_gmt( $gmt );
		$key     = 'wc_order_' . wp_generate_password( 13, false );
		$wpdb->insert( $wpdb->posts, self::post_row( 'shop_order_placehold', 'draft', $gmt, $local, '' ) );
		$id      = (int) $wpdb->insert_id;
		$items   = self::insert_items( $id, $lines );
		$tax     = round( array_sum( array_column( $items, 'tax' ) ), 2 );
		$total   = round( array_sum( array_column( $items, 'gross' ) ), 2 );
		$wpdb->insert(
			$wpdb->prefix . 'wc_orders',
			array(
				'id'                   => $id,
				'status'               => 'wc-processing',
				'currency'             => Money::currency(),
				'type'                 => 'shop_order',
				'tax_amount'           => $tax,
				'total_amount'         => $total,
				'customer_id'          => $customer_id,
				'billing_email'        => $billing['email'],
				'date_created_gmt'     => $gmt,
				'date_updated_gmt'     => $gmt,
				'parent_order_id'      => 0,
				'payment_method'       => 'cod',
				'payment_method_title' => 'Rembours',
				'transaction_id'       => '',
				'ip_address'           => self::ip(),
				'user_agent'           => sanitize_text_field( wp_unslash( $_SERVER['HTTP_USER_AGENT'] ?? '' ) ),
				'customer_note'        => '',
			)
		);
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			$wpdb->insert( $wpdb->prefix . 'wc_order_addresses', self::address_row( $id, $type, $billing ) );
		}
		$wpdb->insert( $wpdb->prefix . 'wc_order_operational_data', self::operational_row( $id, $key, $gmt ) );
		$index = self::address_indexes( $billing );
		foreach ( $index as $meta_key => $value ) {
			$wpdb->insert( $wpdb->prefix . 'wc_orders_meta', array( 'order_id' => $id, 'meta_key' => $meta_key, 'meta_value' => $value ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
		}
		// Compatibility sync: the placeholder becomes the full posts copy.
		$wpdb->update( $wpdb->posts, self::post_row( 'shop_order', 'wc-processing', $gmt, $local, $id ), array( 'ID' => $id ) );
		foreach ( self::post_meta( $billing, $key, $customer_id, $tax, $total, $now, $local ) + $index as $meta_key => $value ) {
			add_post_meta( $id, $meta_key, $value );
		}
		clean_post_cache( $id );
		return array(
			'id'  => $id,
			'key' => $key,
		);
	}

	/** Store::order() shape from the HPOS tables, null when unknown. */
	public static function find( int $order_id ): ?array {
		global $wpdb;
		$order = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->prefix}wc_orders WHERE id = %d AND type = 'shop_order'", $order_id ) );
		if ( ! $order ) {
			return null;
		}
		$items = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT i.order_item_id, i.order_item_name, MAX(CASE WHEN m.meta_key = '_product_id' THEN m.meta_value END) AS product_id,
					MAX(CASE WHEN m.meta_key = '_variation_id' THEN m.meta_value END) AS variation_id, MAX(CASE WHEN m.meta_key = '_qty' THEN m.meta_value END) AS qty,
					MAX(CASE WHEN m.meta_key = '_line_total' THEN m.meta_value END) AS line_total, MAX(CASE WHEN m.meta_key = '_line_tax' THEN m.meta_value END) AS line_tax
				FROM {$wpdb->prefix}woocommerce_order_items i JOIN {$wpdb->prefix}woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id
				WHERE i.order_id = %d AND i.order_item_type = 'line_item' GROUP BY i.order_item_id ORDER BY i.order_item_id",
				$order_id
			)
		);
		return array(
			'id'          => (int) $order->id,
			'number'      => (string) $order->id,
			'status'      => substr( $order->status, 0, 3 ) === 'wc-' ? substr( $order->status, 3 ) : $order->status,
			'currency'    => $order->currency,
			'total'       => (float) $order->total_amount,
			'customer_id' => (int) $order->customer_id,
			'email'       => (string) $order->billing_email,
			'created'     => (int) strtotime( $order->date_created_gmt . ' UTC' ),
			'items'       => array_map( array( self::class, 'item_shape' ), $items ),
		);
	}

	/** The order's key (operational data), '' when unknown. */
	public static function key( int $order_id ): string {
		global $wpdb;
		return (string) $wpdb->get_var( $wpdb->prepare( "SELECT order_key FROM {$wpdb->prefix}wc_order_operational_data WHERE order_id = %d", $order_id ) );
	}

	private static function item_shape( object $row ): array {
		$variation_id = (int) $row->variation_id;
		$product_id   = (int) $row->product_id;
		$quantity     = max( 1, (int) $row->qty );
		return array(
			'product_id'   => $product_id,
			'variation_id' => $variation_id,
			'sku'          => (string) get_post_meta( $variation_id ?: $product_id, '_sku', true ),
			'name'         => (string) $row->order_item_name,
			'quantity'     => $quantity,
			'price'        => round( ( (float) $row->line_total + (float) $row->line_tax ) / $quantity, Money::decimals() ),
			'category_ids' => Catalog::category_ids( $product_id ),
		);
	}

	/** Line items (+ one tax item per rate) with WooCommerce's item meta; answers gross and tax per line. */
	private static function insert_items( int $order_id, array $lines ): array {
		global $wpdb;
		$result = array();
		$rates  = array();
		foreach ( $lines as $line ) {
			$product = Cart::line_product( $line );
			$name    = $product && $product['parent_id'] ? get_the_title( $product['parent_id'] ) : ( $product['name'] ?? '' );
			$wpdb->insert( $wpdb->prefix . 'woocommerce_order_items', array( 'order_item_name' => $name, 'order_item_type' => 'line_item', 'order_id' => $order_id ) );
			$tax_data = array(
				'total'    => array_map( static fn( $v ) => (string) round( $v, 6 ), $line['line_tax_data']['total'] ),
				'subtotal' => array_map( static fn( $v ) => (string) round( $v, 6 ), $line['line_tax_data']['subtotal'] ),
			);
			$meta     = array(
				'_product_id'        => $line['product_id'],
				'_variation_id'      => $line['variation_id'],
				'_qty'               => $line['quantity'],
				'_tax_class'         => $product['tax_class'] ?? '',
				'_line_subtotal'     => round( $line['line_subtotal'], 6 ),
				'_line_subtotal_tax' => $line['line_subtotal_tax'],
				'_line_total'        => round( $line['line_total'], 6 ),
				'_line_tax'          => $line['line_tax'],
				'_line_tax_data'     => serialize( $tax_data ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize
			);
			foreach ( $line['variation'] as $attribute => $value ) {
				$meta[ substr( $attribute, strlen( 'attribute_' ) ) ] = $value;
			}
			self::insert_item_meta( (int) $wpdb->insert_id, $meta );
			foreach ( $line['line_tax_data']['total'] as $rate_id => $amount ) {
				$rates[ $rate_id ] = ( $rates[ $rate_id ] ?? 0 ) + $amount;
			}
			$result[] = array(
				'gross' => $line['line_total'] + $line['line_tax'],
				'tax'   => $line['line_tax'],
			);
		}
		self::insert_tax_items( $order_id, $rates );
		return $result;
	}

	private static function insert_tax_items( int $order_id, array $rates ): void {
		global $wpdb;
		foreach ( $rates as $rate_id => $amount ) {
			$rate = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->prefix}woocommerce_tax_rates WHERE tax_rate_id = %d", $rate_id ) );
			if ( ! $rate ) {
				continue;
			}
			$code = strtoupper( implode( '-', array_filter( array( $rate->tax_rate_country, $rate->tax_rate_state, $rate->tax_rate_name ?: 'TAX', $rate->tax_rate_priority ) ) ) );
			$wpdb->insert( $wpdb->prefix . 'woocommerce_order_items', array( 'order_item_name' => $code, 'order_item_type' => 'tax', 'order_id' => $order_id ) );
			self::insert_item_meta(
				(int) $wpdb->insert_id,
				array(
					'rate_id'             => $rate_id,
					'label'               => $rate->tax_rate_name,
					'compound'            => $rate->tax_rate_compound ? '1' : '',
					'tax_amount'          => round( $amount, 2 ),
					'shipping_tax_amount' => 0,
					'rate_percent'        => (float) $rate->tax_rate,
				)
			);
		}
	}

	private static function insert_item_meta( int $item_id, array $meta ): void {
		global $wpdb;
		foreach ( $meta as $key => $value ) {
			$wpdb->insert( $wpdb->prefix . 'woocommerce_order_itemmeta', array( 'order_item_id' => $item_id, 'meta_key' => $key, 'meta_value' => (string) $value ) ); // phpcs:ignore WordPress.DB.SlowDBQuery
		}
	}

	private static function post_row( string $type, string $status, string $gmt, string $local, $id ): array {
		$title = 'Order &ndash; ' . date_i18n( 'F j, Y @ h:i A', strtotime( $local ) );
		return array(
			'post_author'       => 1,
			'post_date'         => $local,
			'post_date_gmt'     => $gmt,
			'post_modified'     => $local,
			'post_modified_gmt' => $gmt,
			'post_title'        => $title,
			'post_content'      => '',
			'post_excerpt'      => '',
			'post_status'       => $status,
			'post_type'         => $type,
			'post_name'         => sanitize_title( 'order-' . $local ),
			'comment_status'    => 'open',
			'ping_status'       => 'closed',
			'to_ping'           => '',
			'pinged'            => '',
			'post_content_filtered' => '',
			'guid'              => '' === $id ? '' : home_url( '/?post_type=shop_order&#038;p=' . $id ),
		);
	}

	private static function address_row( int $order_id, string $type, array $billing ): array {
		$billing_only = 'billing' === $type;
		return array(
			'order_id'     => $order_id,
			'address_type' => $type,
			'first_name'   => $billing['first_name'],
			'last_name'    => $billing['last_name'],
			'country'      => $billing['country'],
			'email'        => $billing_only ? $billing['email'] : null,
			'phone'        => $billing_only && '' !== $billing['phone'] ? $billing['phone'] : null,
		);
	}

	private static function operational_row( int $order_id, string $key, string $gmt ): array {
		return array(
			'order_id'                    => $order_id,
			'created_via'                 => 'checkout',
			'woocommerce_version'         => '10.1.0',
			'prices_include_tax'          => 1,
			'coupon_usages_are_counted'   => 1,
			'download_permission_granted' => 1,
			'cart_hash'                   => Cart::hash(),
			'new_order_email_sent'        => 0,
			'order_key'                   => $key,
			'order_stock_reduced'         => 0,
			'date_paid_gmt'               => $gmt,
			'shipping_tax_amount'         => 0,
			'shipping_total_amount'       => 0,
			'discount_tax_amount'         => 0,
			'discount_total_amount'       => 0,
			'recorded_sales'              => 0,
		);
	}

	/** `_billing_address_index` / `_shipping_address_index` as WooCommerce builds them (fields joined by spaces). */
	private static function address_indexes( array $b ): array {
		$name = $b['first_name'] . ' ' . $b['last_name'];
		return array(
			'_billing_address_index'  => implode( ' ', array( $name, '', '', '', '', '', $b['country'], $b['email'], $b['phone'] ) ),
			'_shipping_address_index' => implode( ' ', array( $name, '', '', '', '', '', $b['country'], '' ) ),
		);
	}

	/** The posts copy's meta, keys as in the fixture's synced orders. */
	private static function post_meta( array $b, string $key, int $customer_id, float $tax, float $total, int $now, string $local ): array {
		$meta = array(
			'_order_key'                     => $key,
			'_customer_user'                 => $customer_id,
			'_customer_ip_address'           => self::ip(),
			'_created_via'                   => 'checkout',
			'_download_permissions_granted'  => 'yes',
			'_recorded_coupon_usage_counts'  => 'yes',
			'_billing_email'                 => $b['email'],
			'_order_currency'                => Money::currency(),
			'_cart_discount'                 => '0',
			'_cart_discount_tax'             => '0',
			'_order_shipping'                => '0',
			'_order_shipping_tax'            => '0',
			'_order_tax'                     => (string) $tax,
			'_order_total'                   => number_format( $total, 2, '.', '' ),
			'_order_version'                 => '10.1.0',
			'_prices_include_tax'            => 'yes',
			'_cart_hash'                     => Cart::hash(),
			'_payment_method'                => 'cod',
			'_payment_method_title'          => 'Rembours',
			'_customer_user_agent'           => sanitize_text_field( wp_unslash( $_SERVER['HTTP_USER_AGENT'] ?? '' ) ),
			'_date_paid'                     => (string) $now,
			'_paid_date'                     => $local,
		);
		foreach ( array( 'billing', 'shipping' ) as $type ) {
			foreach ( array( 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country', 'state', 'phone' ) as $field ) {
				$meta[ "_{$type}_{$field}" ] = in_array( $field, array( 'first_name', 'last_name', 'country' ), true ) || ( 'billing' === $type && 'phone' === $field ) ? $b[ $field ] : '';
			}
		}
		return $meta;
	}

	private static function ip(): string {
		$ip = filter_var( wp_unslash( $_SERVER['REMOTE_ADDR'] ?? '' ), FILTER_VALIDATE_IP );
		return is_string( $ip ) ? $ip : '';
	}
}
