<?php
/**
 * The shopper's cart and profile (the sidecar, their one owner) against what real WooCommerce shows.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Every figure is compared with WooCommerce's own rendering of the same cart (the classic cart's unit price,
 * subtotal and order total) or its order API, so a German customer sees 19% VAT on prices entered with the
 * Dutch 21% (`woocommerce_adjust_non_base_location_prices`), and a coupon or shipping shows in the total.
 * Not transactional: the sidecar reads over its own connection, so what a test writes (session rows, a price,
 * an option) is committed and put back afterwards.
 */
final class ShopperFactsTest extends \PHPUnit\Framework\TestCase {

	private static Sidecar $sidecar;

	private Requests $requests;

	private RowSnapshot $rows;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		$this->requests = new Requests();
		$this->rows     = new RowSnapshot();
	}

	protected function tearDown(): void {
		$this->requests->restore();
		$this->rows->restore();
	}

	private function facts( int $user_id, ?Sidecar $sidecar = null ): array {
		$sidecar ??= self::$sidecar;
		$facts     = ( new ShopperFacts( new WooCommerceStore(), new SidecarClient( $sidecar->url() ) ) )->of( $user_id, true );
		$this->assertDoesNotMatchRegularExpression( '/\d\.\d{3,}/', (string) wp_json_encode( $facts ), 'no float noise such as 25.549999999999997' );
		return $facts;
	}

	public function test_a_german_customer_sees_line_prices_and_totals_as_their_cart_shows_them(): void {
		$this->rows->keep_session( '21' );
		$this->requests->rest( 21, '21' );
		$cart = $this->facts( 21 )['cart'];
		$this->assertSame( 'DE', WC()->customer->get_shipping_country(), 'fixture: Jonas ships to Germany' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$this->assertNotEquals( (float) wc_get_product( 110 )->get_price(), $cart['lines'][0]['unitPrice'], '19% VAT, not the catalogue price with 21%' );
	}

	public function test_with_prices_shown_without_tax_the_lines_and_subtotal_follow(): void {
		$this->rows->keep_session( '2' );
		$this->rows->keep_option( 'woocommerce_tax_display_cart' );
		update_option( 'woocommerce_tax_display_cart', 'excl' );
		// A sidecar of its own: the shared one keeps the store's options for 2 s, and must not keep this one.
		$sidecar = new Sidecar();
		$this->requests->rest( 2, '2' );
		try {
			$cart = $this->facts( 2, $sidecar )['cart'];
		} finally {
			$sidecar->stop();
		}
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$this->assertNotEquals( (float) wc_get_product( 69 )->get_price(), $cart['lines'][1]['unitPrice'], 'the price without VAT' );
	}

	public function test_a_guest_cart_with_coupon_and_shipping_totals_as_woocommerce_totals_it(): void {
		$guest = 't_0c6e99b22dbaef30e36e979f8c154d';
		$this->rows->keep_session( $guest );
		$this->requests->rest( 0, $guest );
		$facts = $this->facts( 0 );
		$this->assertNull( $facts['customer'] );
		$this->assertTrue( WC()->cart->has_discount( 'zomer5' ), 'fixture: coupon zomer5 applied' );
		$this->assertShownAsWooCommerceShowsIt( $facts['cart'] );
		$cart = $facts['cart'];
		$this->assertLessThan( $cart['subtotal'] + (float) WC()->cart->get_shipping_total() + (float) WC()->cart->get_shipping_tax(), $cart['total'], 'the discount is off the total' );
	}

	public function test_a_price_changed_after_the_cart_was_saved_is_shown_as_the_cart_shows_it_now(): void {
		$guest = 't_172b68a7e2f4c9dcf34f79013961ad';
		$this->rows->keep_session( $guest );
		$this->rows->keep_product( 14 );
		$beanie = wc_get_product( 14 );
		$before = (float) $beanie->get_price();
		$beanie->set_sale_price( '' );
		$beanie->set_regular_price( '31.50' );
		$beanie->save();
		$this->requests->rest( 0, $guest );
		$cart  = $this->facts( 0 )['cart'];
		$lines = array_sum( array_map( static fn ( array $line ) => $line['subtotal'], $cart['lines'] ) );
		$this->assertEqualsWithDelta( $lines, $cart['subtotal'], 0.001, 'the subtotal is the sum of the lines shown' );
		$this->assertNotEquals( $before, $cart['lines'][1]['unitPrice'], 'the new price, not the saved one' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
	}

	public function test_a_variation_added_with_a_coupon_and_a_german_address_in_this_request(): void {
		$this->requests->page( 0 );
		WC()->customer->set_shipping_country( 'DE' );
		WC()->customer->set_billing_country( 'DE' );
		$this->assertNotFalse( WC()->cart->add_to_cart( 102, 2, 110 ) );
		$this->assertTrue( WC()->cart->apply_coupon( 'vip15' ) );
		WC()->cart->calculate_totals();
		// What WooCommerce does once a cart has contents; it skips it here because PHPUnit sent headers.
		WC()->session->set_customer_session_cookie( true );
		$this->rows->drop_session_afterwards( WC()->session->get_customer_id() );
		$cart = $this->facts( 0 )['cart'];
		$this->assertSame( array( 102, 110, 2 ), array( $cart['lines'][0]['productId'], $cart['lines'][0]['variationId'], $cart['lines'][0]['quantity'] ) );
		$this->assertStringContainsString( 'attribute_pa_', $cart['lines'][0]['url'], 'the link preselects the variation' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$this->assertGreaterThan( 0.0, (float) WC()->cart->get_shipping_total(), 'DHL Europe' );
	}

	/** Lotte also checked out as a guest with her e-mail; Emma has a partially refunded order (fixture README). */
	public static function customers(): array {
		return array(
			'Lotte' => array( 18 ),
			'Emma'  => array( 4 ),
			'Jonas' => array( 21 ),
		);
	}

	/**
	 * Paid orders of the account or with its e-mail, net of refunds, as WooCommerce's order API finds them.
	 *
	 * @dataProvider customers
	 * @param int $user_id Fixture customer.
	 */
	public function test_a_customer_is_known_by_their_paid_orders_and_billing_name( int $user_id ): void {
		$this->requests->rest( $user_id );
		$customer = $this->facts( $user_id )['customer'];
		$expected = FixtureFacts::customer( $user_id );
		$wc       = new \WC_Customer( $user_id );
		$this->assertSame( array( $expected['id'], $expected['email'], $expected['phone'], $expected['country'] ), array( $customer['id'], $customer['email'], $customer['phone'], $customer['country'] ) );
		$this->assertSame( $expected['order_count'], $customer['orderCount'] );
		$this->assertEqualsWithDelta( $expected['total_spent'], $customer['totalSpent'], 0.001 );
		$this->assertSame( $expected['last_order'], null === $customer['lastOrderAt'] ? null : strtotime( $customer['lastOrderAt'] ) );
		$this->assertSame( array( $wc->get_billing_first_name(), $wc->get_billing_last_name() ), array( $customer['firstName'], $customer['lastName'] ), 'the name on their orders' );
	}

	/**
	 * Line prices, subtotal and total as WooCommerce renders them for its cart after computing the totals.
	 *
	 * @param array $cart ShopperFacts cart.
	 */
	private function assertShownAsWooCommerceShowsIt( array $cart ): void {
		$wc_cart = WC()->cart;
		$wc_cart->calculate_totals();
		$lines = array_values( $wc_cart->get_cart() );
		$this->assertNotEmpty( $lines );
		$this->assertCount( count( $lines ), $cart['lines'] );
		foreach ( $lines as $index => $line ) {
			$this->assertSame( $wc_cart->get_product_price( $line['data'] ), wc_price( $cart['lines'][ $index ]['unitPrice'] ), $line['data']->get_name() );
			$this->assertStringStartsWith( wc_price( $cart['lines'][ $index ]['subtotal'] ), $wc_cart->get_product_subtotal( $line['data'], $line['quantity'] ), $line['data']->get_name() );
		}
		$this->assertStringStartsWith( wc_price( $cart['subtotal'] ), $wc_cart->get_cart_subtotal(), 'subtotal' );
		$this->assertSame( $wc_cart->get_total(), wc_price( $cart['total'] ), 'total' );
		$this->assertSame( get_woocommerce_currency(), $cart['currency'] );
	}
}
