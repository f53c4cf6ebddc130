<?php
/**
 * What the late path tells the sidecar about a currency other than the shop's.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Proxy\CurrencyContext;
use CommerceBridge\Proxy\ProxyRequest;

/**
 * The headers CurrencyContext builds from the filter's answer, decoded and verified here as the sidecar
 * does (sidecar/src/vendors/oct8ne/currency.ts; the end-to-end run is CatalogPricesAgreementTest).
 */
final class CurrencyContextTest extends TestCase {

	private const SECRET = 'currency-context-test-secret';

	protected function tearDown(): void {
		remove_all_filters( CurrencyContext::FILTER );
		parent::tearDown();
	}

	/**
	 * The headers for a productInfo call with this query.
	 *
	 * @param string $query  Query string.
	 * @param string $secret BRIDGE_SECRET.
	 */
	private static function headers( string $query, string $secret = self::SECRET ): array {
		return ( new CurrencyContext( $secret ) )->headers( new ProxyRequest( 'GET', 'oct8ne/frame/productInfo', $query ), 1767225600 );
	}

	/**
	 * The decoded payload after checking its signature.
	 *
	 * @param array  $headers The two headers.
	 * @param string $query   The query they were built for.
	 */
	private function payload( array $headers, string $query ): array {
		$payload = $headers['X-Commerce-Bridge-Currency'];
		$signed  = "currency\n1767225600\nGET\n/oct8ne/frame/productInfo?$query\n$payload";
		$this->assertSame( hash_hmac( 'sha256', $signed, self::SECRET ), $headers['X-Commerce-Bridge-Currency-Signature'] );
		// phpcs:ignore Generic.PHP.ForbiddenFunctions.Found -- decoding what the proxy encoded, as the sidecar does.
		return json_decode( base64_decode( strtr( $payload, '-_', '+/' ) ), true );
	}

	public function test_a_bare_rate_is_completed_with_the_currencys_symbol_and_the_shops_format(): void {
		$asked = array();
		add_filter(
			CurrencyContext::FILTER,
			function ( $answer, string $currency, string $shop ) use ( &$asked ) {
				$asked[] = array( $currency, $shop );
				return '1.08';
			},
			10,
			3
		);
		$query = 'productIds=14&currency=usd';
		$this->assertSame(
			array(
				'currency'          => 'USD',
				'rate'              => 1.08,
				'symbol'            => '$',
				'decimals'          => wc_get_price_decimals(),
				'position'          => get_option( 'woocommerce_currency_pos' ),
				'thousandSeparator' => wc_get_price_thousand_separator(),
				'decimalSeparator'  => wc_get_price_decimal_separator(),
			),
			$this->payload( self::headers( $query ), $query )
		);
		$this->assertSame( array( array( 'USD', 'EUR' ) ), $asked );
	}

	public function test_the_answers_own_format_wins_and_bad_fields_fall_back(): void {
		add_filter( CurrencyContext::FILTER, fn () => array( 'rate' => 160, 'symbol' => '¥', 'decimals' => 0, 'position' => 'middle', 'thousand_separator' => ' ' ) );
		$query  = 'currency=JPY';
		$answer = $this->payload( self::headers( $query ), $query );
		$this->assertEquals( 160, $answer['rate'] );
		$this->assertSame( array( '¥', 0, get_option( 'woocommerce_currency_pos' ), ' ' ), array( $answer['symbol'], $answer['decimals'], $answer['position'], $answer['thousandSeparator'] ) );
	}

	public function test_no_headers_without_a_usable_answer_a_secret_or_a_foreign_currency(): void {
		$this->assertSame( array(), self::headers( 'currency=USD' ), 'no filter' );
		foreach ( array( 0, -1, 'abc', array( 'symbol' => '$' ), array( 'rate' => INF ) ) as $answer ) {
			add_filter( CurrencyContext::FILTER, fn () => $answer );
			$this->assertSame( array(), self::headers( 'currency=USD' ), wp_json_encode( $answer ) ?: 'INF' );
			remove_all_filters( CurrencyContext::FILTER );
		}
		add_filter( CurrencyContext::FILTER, fn () => 2 );
		$this->assertSame( array(), self::headers( 'currency=USD', '' ), 'no secret: nothing the sidecar could trust' );
		$this->assertSame( array(), self::headers( 'currency=EUR' ), 'the shop\'s own currency' );
		$this->assertSame( array(), self::headers( 'currency=dollars' ) );
		$other = ( new CurrencyContext( self::SECRET ) )->headers( new ProxyRequest( 'GET', 'commerce-bridge/bambuser/products', 'currency=USD' ), 1 );
		$this->assertSame( array(), $other, 'only oct8ne asks for a currency' );
	}
}
