<?php
/**
 * The rate and format of a currency other than the shop's, vouched for by WordPress.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * oct8ne asks for prices in a `currency`. Only a multi-currency plugin knows other currencies' rates, so
 * the late path asks the filter `commerce_bridge_currency_rate` and passes its answer to the sidecar
 * signed (X-Commerce-Bridge-Currency: base64url JSON, X-Commerce-Bridge-Currency-Signature: HMAC-SHA256
 * over "currency\ntime\nMETHOD\nrequestUri\npayload" with BRIDGE_SECRET). Without an answer the sidecar
 * prices in the shop's currency. The early path runs before any plugin could answer: it leaves such
 * calls to the late path (foreign()).
 *
 * The filter gets null, the ISO code asked for and the shop's; it answers null (unknown currency), a
 * rate (1 shop unit = rate units), or an array with `rate` and optional `symbol`, `decimals`,
 * `position` (left|right|left_space|right_space), `thousand_separator`, `decimal_separator`; what is
 * missing or unusable comes from the shop's own format.
 */
final class CurrencyContext {

	public const FILTER = 'commerce_bridge_currency_rate';

	private const POSITIONS = array( 'left', 'right', 'left_space', 'right_space' );

	/**
	 * Constructor.
	 *
	 * @param string $secret BRIDGE_SECRET.
	 */
	public function __construct( private string $secret ) {
	}

	/**
	 * The ISO code an oct8ne call asks for when it is not the shop's, else ''. Reads only options, so the
	 * early path (before plugins) may ask.
	 *
	 * @param ProxyRequest $request Incoming request.
	 */
	public static function foreign( ProxyRequest $request ): string {
		if ( ! preg_match( '~^oct8ne/frame/~i', $request->path ) ) {
			return '';
		}
		parse_str( $request->query, $query );
		$currency = isset( $query['currency'] ) && is_string( $query['currency'] ) ? strtoupper( trim( $query['currency'] ) ) : '';
		$store    = strtoupper( (string) get_option( 'woocommerce_currency', 'USD' ) );
		return preg_match( '/^[A-Z]{3}$/', $currency ) && $currency !== $store ? $currency : '';
	}

	/**
	 * The two signed headers for a foreign currency the filter answered; none otherwise.
	 *
	 * @param ProxyRequest $request Request being forwarded.
	 * @param int          $time    The identity's Unix time (X-Commerce-Bridge-Time).
	 * @return array<string, string>
	 */
	public function headers( ProxyRequest $request, int $time ): array {
		$currency = self::foreign( $request );
		$answer   = '' === $currency || '' === $this->secret ? null : self::conversion( $currency );
		if ( null === $answer ) {
			return array();
		}
		$payload = rtrim( strtr( base64_encode( (string) wp_json_encode( $answer ) ), '+/', '-_' ), '=' );
		$signed  = implode( "\n", array( 'currency', $time, strtoupper( $request->method ), $request->request_uri(), $payload ) );
		return array(
			'X-Commerce-Bridge-Currency'           => $payload,
			'X-Commerce-Bridge-Currency-Signature' => hash_hmac( 'sha256', $signed, $this->secret ),
		);
	}

	/**
	 * The filter's answer completed with the shop's format, or null when it gave no usable rate.
	 *
	 * @param string $currency ISO code asked for.
	 * @return array<string, mixed>|null
	 */
	private static function conversion( string $currency ): ?array {
		$answer = apply_filters( self::FILTER, null, $currency, strtoupper( (string) get_option( 'woocommerce_currency', 'USD' ) ) );
		$answer = is_numeric( $answer ) ? array( 'rate' => $answer ) : $answer;
		$rate   = is_array( $answer ) && isset( $answer['rate'] ) && is_numeric( $answer['rate'] ) ? (float) $answer['rate'] : 0.0;
		if ( $rate <= 0 || ! is_finite( $rate ) ) {
			return null;
		}
		$text     = static fn ( string $key, string $fallback, int $max ): string => isset( $answer[ $key ] ) && is_string( $answer[ $key ] ) && strlen( $answer[ $key ] ) <= $max ? $answer[ $key ] : $fallback;
		$shop_pos = (string) get_option( 'woocommerce_currency_pos', 'left' );
		$position = $text( 'position', $shop_pos, 16 );
		$decimals = isset( $answer['decimals'] ) && is_numeric( $answer['decimals'] ) ? (int) $answer['decimals'] : wc_get_price_decimals();
		return array(
			'currency'          => $currency,
			'rate'              => $rate,
			'symbol'            => $text( 'symbol', html_entity_decode( get_woocommerce_currency_symbol( $currency ), ENT_QUOTES, 'UTF-8' ), 16 ) ?: $currency,
			'decimals'          => max( 0, min( 8, $decimals ) ),
			'position'          => in_array( $position, self::POSITIONS, true ) ? $position : ( in_array( $shop_pos, self::POSITIONS, true ) ? $shop_pos : 'left' ),
			'thousandSeparator' => $text( 'thousand_separator', wc_get_price_thousand_separator(), 8 ),
			'decimalSeparator'  => $text( 'decimal_separator', wc_get_price_decimal_separator(), 8 ),
		);
	}
}
