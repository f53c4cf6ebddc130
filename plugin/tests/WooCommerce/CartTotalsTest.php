<?php
/**
 * The port's cart against what WooCommerce's cart shows: taxes by location, tax display, coupons, shipping.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Every figure is compared with WooCommerce's own rendering of the same cart (the classic cart's unit
 * price, subtotal and order total), so a German customer sees 19% VAT on prices entered with the Dutch 21%
 * (`woocommerce_adjust_non_base_location_prices`), and a coupon or shipping shows in the total.
 */
final class CartTotalsTest extends TestCase {

	private Requests $requests;

	protected function setUp(): void {
		parent::setUp();
		$this->requests = new Requests();
	}

	protected function tearDown(): void {
		$this->requests->restore();
		parent::tearDown();
	}

	public function test_a_german_customer_sees_line_prices_and_totals_as_their_cart_shows_them(): void {
		$this->requests->rest( 21 );
		$cart = ( new WooCommerceStore() )->cart();
		$this->assertSame( 'DE', WC()->customer->get_shipping_country(), 'fixture: Jonas ships to Germany' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$sneaker = wc_get_product( 110 );
		$this->assertNotEquals( (float) $sneaker->get_price(), $cart['items'][0]['price'], '19% VAT, not the catalogue price with 21%' );
	}

	public function test_with_prices_shown_without_tax_the_lines_and_subtotal_follow(): void {
		update_option( 'woocommerce_tax_display_cart', 'excl' );
		$this->requests->rest( 2 );
		$cart = ( new WooCommerceStore() )->cart();
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$mug = wc_get_product( 69 );
		$this->assertNotEquals( (float) $mug->get_price(), $cart['items'][1]['price'], 'the price without VAT' );
	}

	public function test_a_guest_cart_with_coupon_and_shipping_totals_as_woocommerce_totals_it(): void {
		$this->requests->rest( 0, 't_0c6e99b22dbaef30e36e979f8c154d' );
		$cart = ( new WooCommerceStore() )->cart();
		$this->assertTrue( WC()->cart->has_discount( 'zomer5' ), 'fixture: coupon zomer5 applied' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$this->assertLessThan( $cart['subtotal'] + (float) WC()->cart->get_shipping_total() + (float) WC()->cart->get_shipping_tax(), $cart['total'], 'the discount is off the total' );
	}

	public function test_totals_follow_a_price_changed_after_the_cart_was_saved(): void {
		$beanie = wc_get_product( 14 );
		$beanie->set_sale_price( '' );
		$beanie->set_regular_price( '31.50' );
		$beanie->save();
		$this->requests->rest( 0, 't_172b68a7e2f4c9dcf34f79013961ad' );
		$cart  = ( new WooCommerceStore() )->cart();
		$lines = array_sum( array_map( static fn ( array $line ) => $line['price'] * $line['quantity'], $cart['items'] ) );
		$this->assertEqualsWithDelta( $lines, $cart['subtotal'], 0.001, 'the subtotal is the sum of the lines shown' );
		$this->assertShownAsWooCommerceShowsIt( $cart );
	}

	public function test_a_variation_added_with_a_coupon_and_a_german_address_in_this_request(): void {
		$this->requests->page( 0 );
		WC()->customer->set_shipping_country( 'DE' );
		WC()->customer->set_billing_country( 'DE' );
		$this->assertNotFalse( WC()->cart->add_to_cart( 102, 2, 110 ) );
		$this->assertTrue( WC()->cart->apply_coupon( 'vip15' ) );
		WC()->cart->calculate_shipping();
		$cart = ( new WooCommerceStore() )->cart();
		$this->assertSame( array( 102, 110, 2 ), array( $cart['items'][0]['product_id'], $cart['items'][0]['variation_id'], $cart['items'][0]['quantity'] ) );
		$this->assertShownAsWooCommerceShowsIt( $cart );
		$this->assertGreaterThan( 0.0, (float) WC()->cart->get_shipping_total(), 'DHL Europe' );
	}

	/**
	 * Line prices, subtotal and total as WooCommerce renders them for its cart after computing the totals.
	 *
	 * @param array $cart The port's cart.
	 */
	private function assertShownAsWooCommerceShowsIt( array $cart ): void {
		$wc_cart = WC()->cart;
		$wc_cart->calculate_totals();
		$lines = array_values( $wc_cart->get_cart() );
		$this->assertCount( count( $lines ), $cart['items'] );
		foreach ( $lines as $index => $line ) {
			$this->assertSame( $wc_cart->get_product_price( $line['data'] ), wc_price( $cart['items'][ $index ]['price'] ), $line['data']->get_name() );
		}
		$this->assertStringStartsWith( wc_price( $cart['subtotal'] ), $wc_cart->get_cart_subtotal(), 'subtotal' );
		$this->assertSame( $wc_cart->get_total(), wc_price( $cart['total'] ), 'total' );
	}
}
