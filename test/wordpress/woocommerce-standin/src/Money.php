<?php
/**
 * Prices as the fixture shop formats and taxes them.
 *
 * @package WooCommerceStandin
 */

namespace WooCommerceStandin;

defined( 'ABSPATH' ) || exit;

/** Price formatting (shop settings from the options table) and the tax share of tax-inclusive prices. */
final class Money {

	/** Shop currency (`woocommerce_currency`). */
	public static function currency(): string {
		return (string) get_option( 'woocommerce_currency', 'EUR' );
	}

	/** Number of decimals the shop shows (and the Store API's currency_minor_unit). */
	public static function decimals(): int {
		return (int) get_option( 'woocommerce_price_num_decimals', 2 );
	}

	/** Plain text amount, e.g. "€ 1.234,56" for the fixture's left_space EUR format. */
	public static function format( float $amount ): string {
		return html_entity_decode( wp_strip_all_tags( self::html( $amount ) ), ENT_QUOTES, 'UTF-8' );
	}

	/** WooCommerce's price markup for one amount. */
	public static function html( float $amount ): string {
		$number = number_format(
			$amount,
			self::decimals(),
			(string) get_option( 'woocommerce_price_decimal_sep', ',' ),
			(string) get_option( 'woocommerce_price_thousand_sep', '.' )
		);
		$symbol = '<span class="woocommerce-Price-currencySymbol">' . ( 'EUR' === self::currency() ? '&euro;' : esc_html( self::currency() ) ) . '</span>';
		$format = array(
			'left'        => '%1$s%2$s',
			'right'       => '%2$s%1$s',
			'left_space'  => '%1$s&nbsp;%2$s',
			'right_space' => '%2$s&nbsp;%1$s',
		);
		$pattern = $format[ (string) get_option( 'woocommerce_currency_pos', 'left_space' ) ] ?? $format['left_space'];
		return '<span class="woocommerce-Price-amount amount"><bdi>' . sprintf( $pattern, $symbol, esc_html( $number ) ) . '</bdi></span>';
	}

	/** Minor units as a string, as the Store API answers prices. */
	public static function minor( float $amount ): string {
		return (string) (int) round( $amount * ( 10 ** self::decimals() ) );
	}

	/**
	 * Tax rate (percent and rate id) for a tax class in the shop's base country.
	 *
	 * The fixture is tax-inclusive and bases tax on the shipping address; with no address the base
	 * country (NL) applies, which is what a fresh cart shows in WooCommerce too.
	 *
	 * @return array{id: int, percent: float}|null
	 */
	public static function tax_rate( string $tax_class ): ?array {
		global $wpdb;
		$country = strtoupper( strtok( (string) get_option( 'woocommerce_default_country', 'NL' ), ':' ) );
		$row     = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT tax_rate_id, tax_rate FROM {$wpdb->prefix}woocommerce_tax_rates WHERE tax_rate_country = %s AND tax_rate_class = %s ORDER BY tax_rate_priority, tax_rate_order LIMIT 1",
				$country,
				$tax_class
			)
		);
		return $row ? array(
			'id'      => (int) $row->tax_rate_id,
			'percent' => (float) $row->tax_rate,
		) : null;
	}
}
