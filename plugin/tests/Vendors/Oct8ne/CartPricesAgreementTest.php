<?php
/**
 * oct8ne's customerData and getCart (the sidecar) against what WooCommerce's own cart shows the shopper.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\IdentitySigner;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\WooCommerce\Requests;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * The expectation is WooCommerce's rendering of the same saved cart (unit price, line subtotal, subtotal and
 * total) after it computed the taxes for the customer's address; the answer comes from the real sidecar
 * reading the session row WooCommerce stored. Not transactional: the sidecar reads the oct8ne settings over
 * its own connection, so they are committed and restored afterwards.
 */
final class CartPricesAgreementTest extends \PHPUnit\Framework\TestCase {

	private static Sidecar $sidecar;

	private Requests $requests;

	public static function setUpBeforeClass(): void {
		self::$sidecar = Sidecar::with_vendor( 'oct8ne', array( 'enabled' => true ) );
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		$this->requests = new Requests();
	}

	protected function tearDown(): void {
		$this->requests->restore();
	}

	/** Jonas (user 21) ships to Germany: 19% VAT on prices entered with the Dutch 21% (fixture README). */
	public static function shoppers(): array {
		return array(
			'Jonas, German address' => array( 21, '21' ),
			'Sanne'                 => array( 2, '2' ),
			'guest with coupon'     => array( 0, 't_0c6e99b22dbaef30e36e979f8c154d' ),
		);
	}

	/**
	 * The sidecar's JSON answer for this shopper, signed as the proxy signs it.
	 *
	 * @param string $method  oct8ne method.
	 * @param int    $user_id Logged-in user.
	 * @param string $session WooCommerce session key.
	 */
	private function oct8ne( string $method, int $user_id, string $session ): array {
		$uri    = '/oct8ne/frame/' . $method;
		$signer = new IdentitySigner( (string) get_option( 'commerce_bridge_secret' ) );
		$answer = self::$sidecar->get( $uri, $signer->headers( $user_id, $session, 'GET', $uri, time() ) );
		$this->assertSame( 200, $answer[0], $answer[1] );
		return json_decode( $answer[1], true );
	}

	private static function text( string $html ): string {
		return html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}

	/**
	 * Prices, line subtotals, subtotal and total as WooCommerce's cart shows them.
	 *
	 * @dataProvider shoppers
	 * @param int    $user_id Logged-in user, 0 for a guest.
	 * @param string $session Saved session.
	 */
	public function test_oct8ne_shows_the_prices_the_shoppers_cart_shows( int $user_id, string $session ): void {
		$data = $this->oct8ne( 'customerData', $user_id, $session );
		$cart = $this->oct8ne( 'getCart', $user_id, $session );
		$this->requests->rest( $user_id, $user_id ? '' : $session );
		( new WooCommerceStore() )->cart_lines();
		$wc    = WC()->cart;
		$wc->calculate_totals();
		$lines = array_values( $wc->get_cart() );
		$this->assertNotEmpty( $lines, 'fixture: a saved cart' );
		$this->assertSame(
			array_map( fn ( array $line ) => self::text( $wc->get_product_price( $line['data'] ) ), $lines ),
			array_column( $data['cart'], 'formattedPrice' )
		);
		$this->assertSame(
			array_map( fn ( array $line ) => self::text( $wc->get_product_subtotal( $line['data'], $line['quantity'] ) ), $lines ),
			array_map( fn ( array $line ) => self::text( wc_price( $line['price'] ) ), $cart['cart'] )
		);
		$this->assertStringStartsWith( self::text( wc_price( $cart['price'] ) ), self::text( $wc->get_cart_subtotal() ) );
		$this->assertSame( self::text( $wc->get_total() ), self::text( wc_price( $cart['finalPrice'] ) ) );
		$this->assertDoesNotMatchRegularExpression( '/\d\.\d{3,}/', (string) wp_json_encode( $cart ) );
	}

	public function test_oct8ne_greets_the_customer_by_the_name_on_their_orders_as_belco_does(): void {
		$data     = $this->oct8ne( 'customerData', 21, '21' );
		$customer = new \WC_Customer( 21 );
		$belco    = ( new ShopperFacts( new WooCommerceStore(), new SidecarClient( self::$sidecar->url() ) ) )->of( 21, false )['customer'];
		$this->assertSame( array( $customer->get_billing_first_name(), $customer->get_billing_last_name() ), array( $data['firstName'], $data['lastName'] ) );
		$this->assertSame( array( $belco['firstName'], $belco['lastName'] ), array( $data['firstName'], $data['lastName'] ) );
	}
}
