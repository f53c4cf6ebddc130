<?php
/**
 * oct8ne's catalogue prices (the sidecar) against WooCommerce's own wc_get_price_to_display(), and a
 * foreign currency priced through the proxy's multi-currency filter.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Proxy\CircuitBreaker;
use CommerceBridge\Proxy\CurrencyContext;
use CommerceBridge\Proxy\EarlyPath;
use CommerceBridge\Proxy\Forwarder;
use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\ProxyRequest;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Install\Tables;
use CommerceBridge\Proxy\IdentitySigner;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\WooCommerce\Requests;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * The real sidecar on this suite's WordPress database. Not transactional: the sidecar reads the tax
 * options over its own connection, so they are committed (then waited for: it caches them for 2 s) and
 * restored afterwards.
 */
final class CatalogPricesAgreementTest extends \PHPUnit\Framework\TestCase {

	/** Beanie (standard rate, on sale), Kookboek (reduced-rate), Tote, the Sneaker (variable, "from" price). */
	private const PRODUCTS = array( 14, 80, 57, 102 );

	private const TAX_OPTIONS = array( 'woocommerce_prices_include_tax', 'woocommerce_tax_display_shop' );

	private static Sidecar $sidecar;

	/** @var array<string, mixed> */
	private array $saved = array();

	public static function setUpBeforeClass(): void {
		self::$sidecar = Sidecar::with_vendor( 'oct8ne', array( 'enabled' => true ) );
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		foreach ( self::TAX_OPTIONS as $name ) {
			$this->saved[ $name ] = get_option( $name );
		}
	}

	protected function tearDown(): void {
		$changed = false;
		foreach ( $this->saved as $name => $value ) {
			$changed = update_option( $name, $value ) || $changed;
		}
		if ( $changed ) {
			usleep( 2100000 ); // The next test must not meet this one's options in the sidecar's 2 s cache.
		}
		remove_all_filters( CurrencyContext::FILTER );
		array_map( 'unlink', glob( self::breaker_file() . '*' ) ?: array() );
	}

	/** Prices entered with or without tax, shown with or without. */
	public static function settings(): array {
		return array(
			'entered incl, shown incl' => array( 'yes', 'incl' ),
			'entered incl, shown excl' => array( 'yes', 'excl' ),
			'entered excl, shown incl' => array( 'no', 'incl' ),
			'entered excl, shown excl' => array( 'no', 'excl' ),
		);
	}

	private static function text( string $html ): string {
		return html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}

	/**
	 * formattedPrice and formattedPrevPrice of productInfo, by product id.
	 *
	 * @param string $query Query string after productIds.
	 */
	private function sidecar_prices( string $query = '' ): array {
		list( $status, $body ) = self::$sidecar->get( '/oct8ne/frame/productInfo?productIds=' . implode( ',', self::PRODUCTS ) . $query );
		$this->assertSame( 200, $status, $body );
		$prices = array();
		foreach ( json_decode( $body, true ) as $product ) {
			$prices[ (int) $product['internalId'] ] = array( $product['formattedPrice'], $product['formattedPrevPrice'] );
		}
		return $prices;
	}

	/**
	 * wc_price( wc_get_price_to_display() ): what WooCommerce shows for an amount of this product.
	 *
	 * @param \WC_Product $product Product.
	 * @param string|null $amount  Amount; null: the product's price.
	 */
	private static function shown( \WC_Product $product, ?string $amount = null ): string {
		return self::text( wc_price( wc_get_price_to_display( $product, null === $amount ? array() : array( 'price' => $amount ) ) ) );
	}

	/**
	 * The price, and for simple products the price before the sale, as WooCommerce shows them.
	 *
	 * @dataProvider settings
	 * @param string $include_tax woocommerce_prices_include_tax.
	 * @param string $display     woocommerce_tax_display_shop.
	 */
	public function test_oct8ne_shows_the_price_woocommerce_shows_in_the_shop( string $include_tax, string $display ): void {
		update_option( 'woocommerce_prices_include_tax', $include_tax );
		update_option( 'woocommerce_tax_display_shop', $display );
		usleep( 2100000 ); // The sidecar's store facts live 2 s.
		$ours = $this->sidecar_prices();
		foreach ( self::PRODUCTS as $id ) {
			$product = wc_get_product( $id );
			$this->assertSame( self::shown( $product ), $ours[ $id ][0], "product $id" );
			if ( $product->is_type( 'simple' ) ) {
				$this->assertSame( self::shown( $product, $product->get_regular_price() ), $ours[ $id ][1], "product $id before the sale" );
			}
		}
	}

	/**
	 * Jonas (user 21) ships to Germany: his wishlist in customerData shows what WooCommerce's shop shows
	 * him (the Dutch 21 % off, the German 19 % or 7 % on), from his session's address.
	 */
	public function test_the_wishlist_shows_the_shopper_the_price_woocommerce_shows_them(): void {
		global $wpdb;
		$table = Tables::name( Tables::WISHLIST );
		foreach ( array( 14, 80 ) as $id ) {
			$wpdb->replace( $table, array( 'owner_type' => 'user', 'owner_key' => '21', 'product_id' => $id, 'created_at' => current_time( 'mysql', true ) ) );
		}
		$requests = new Requests();
		try {
			$uri     = '/oct8ne/frame/customerData';
			$headers = ( new IdentitySigner( (string) get_option( 'commerce_bridge_secret' ) ) )->headers( 21, '21', 'GET', $uri, time() );
			list( $status, $body ) = self::$sidecar->get( $uri, $headers + array( 'Sec-Fetch-Site' => 'same-origin' ) );
			$this->assertSame( 200, $status, $body );
			$ours = array_column( json_decode( $body, true )['wishlist'], 'formattedPrice', 'internalId' );
			$requests->page( 21 );
			$this->assertSame( 'DE', WC()->customer->get_shipping_country(), 'fixture: Jonas ships to Germany' );
			foreach ( array( 14, 80 ) as $id ) {
				$this->assertSame( self::shown( wc_get_product( $id ) ), $ours[ $id ] ?? null, "product $id" );
			}
			$this->assertNotSame( self::text( wc_price( wc_get_product( 14 )->get_price() ) ), $ours[14], 'not the catalogue price' );
		} finally {
			$requests->restore();
			$wpdb->delete( $table, array( 'owner_type' => 'user', 'owner_key' => '21' ) );
		}
	}

	public function test_a_foreign_currency_is_priced_with_the_filters_rate_on_the_late_path(): void {
		add_filter(
			CurrencyContext::FILTER,
			static fn ( $answer, string $currency ) => 'USD' === $currency ? array( 'rate' => 1.1, 'symbol' => '$', 'position' => 'left', 'thousand_separator' => ',', 'decimal_separator' => '.' ) : $answer,
			10,
			2
		);
		$breaker   = new CircuitBreaker( new BreakerFile( self::breaker_file() ), self::$sidecar->url() );
		$forwarder = new Forwarder( new ProxyPaths( array( 'core' ) ), new SidecarClient( self::$sidecar->url() ), new WooCommerceStore(), $breaker );
		$answer    = fn ( string $query ) => json_decode( $forwarder->handle( new ProxyRequest( 'GET', 'oct8ne/frame/productInfo', $query ), array(), null )->body, true );
		$euros     = self::text( wc_price( wc_get_price_to_display( wc_get_product( 14 ) ) ) );
		$this->assertSame( '$' . number_format( 1.1 * (float) wc_get_price_to_display( wc_get_product( 14 ) ), 2 ), $answer( 'productIds=14&currency=usd' )[0]['formattedPrice'] );
		$this->assertSame( $euros, $answer( 'productIds=14&currency=GBP' )[0]['formattedPrice'], 'no rate for GBP: the shop\'s own currency, not relabelled' );
		$this->assertSame( $euros, $answer( 'productIds=14' )[0]['formattedPrice'] );
	}

	public function test_the_early_path_leaves_a_foreign_currency_to_the_late_path(): void {
		$request = fn ( string $query ) => new ProxyRequest( 'GET', 'oct8ne/frame/productInfo', $query );
		$this->assertTrue( EarlyPath::handles( $request( 'productIds=14' ) ) );
		$this->assertTrue( EarlyPath::handles( $request( 'productIds=14&currency=eur' ) ), 'the shop\'s currency, any case' );
		$this->assertFalse( EarlyPath::handles( $request( 'productIds=14&currency=USD' ) ) );
		$this->assertTrue( EarlyPath::handles( new ProxyRequest( 'GET', 'commerce-bridge/loymax/products', 'currency=USD' ) ), 'only oct8ne prices in a currency' );
	}

	private static function breaker_file(): string {
		return sys_get_temp_dir() . '/commerce-bridge-breaker-catalog-prices-' . getmypid() . '.json';
	}
}
