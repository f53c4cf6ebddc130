<?php
/**
 * Belco's widget config and secure-mode hash.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Tests\WooCommerce\Requests;
use CommerceBridge\Vendors\Belco\CustomData;
use CommerceBridge\Vendors\Belco\WidgetConfig;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Identity fields, hash over the chosen identity, cart mapping and custom data types.
 */
final class WidgetConfigTest extends TestCase {

	private const SECRET = 'belco-shop-secret-7f3a';

	public static function customer(): array {
		return array(
			'id'          => 42,
			'email'       => 'sanne@example.com',
			'first_name'  => 'Sanne',
			'last_name'   => 'de Vries',
			'phone'       => '+31 6 12345678',
			'country'     => 'nl',
			'registered'  => 1_700_000_000,
			'order_count' => 3,
			'total_spent' => 123.45,
			'last_order'  => 1_710_000_000,
			'avatar'      => 'https://secure.gravatar.com/avatar/abc',
		);
	}

	public static function cart(): array {
		return array(
			'currency' => 'EUR',
			'subtotal' => 36.0,
			'total'    => 36.0,
			'items'    => array(
				array(
					'key'          => 'k1',
					'product_id'   => 14,
					'variation_id' => 0,
					'sku'          => 'woo-beanie',
					'name'         => 'Beanie',
					'price'        => 18.0,
					'quantity'     => 2,
					'url'          => 'http://shop.test/product/beanie/',
					'category_ids' => array( 3 ),
				),
			),
		);
	}

	public function test_a_customer_gets_every_known_field_and_an_id_hash_without_the_secret(): void {
		$config = ( new WidgetConfig( self::SECRET, 'id', true ) )->build( self::customer(), self::cart() );

		$this->assertSame(
			array(
				'id'          => 42,
				'email'       => 'sanne@example.com',
				'firstName'   => 'Sanne',
				'lastName'    => 'de Vries',
				'name'        => 'Sanne de Vries',
				'phoneNumber' => '+31 6 12345678',
				'signedUp'    => 1_700_000_000,
				'country'     => 'NL',
				'avatar'      => 'https://secure.gravatar.com/avatar/abc',
				'orderCount'  => 3,
				'totalSpent'  => 123.45,
				'lastOrder'   => 1_710_000_000,
			),
			array_diff_key( $config, array_flip( array( 'hash', 'cart' ) ) )
		);
		$this->assertSame( hash_hmac( 'sha256', '42', self::SECRET ), $config['hash'] );
		$this->assertStringNotContainsString( self::SECRET, (string) wp_json_encode( $config ) );
	}

	public function test_the_email_setting_hashes_the_email(): void {
		$config = ( new WidgetConfig( self::SECRET, 'email', true ) )->build( self::customer(), self::cart() );
		$this->assertSame( hash_hmac( 'sha256', 'sanne@example.com', self::SECRET ), $config['hash'] );
	}

	public function test_without_a_secret_there_is_no_hash(): void {
		$config = ( new WidgetConfig( '', 'id', true ) )->build( self::customer(), self::cart() );
		$this->assertArrayNotHasKey( 'hash', $config );
		$this->assertSame( 42, $config['id'] );
	}

	public function test_a_guest_gets_only_the_cart(): void {
		$config = ( new WidgetConfig( self::SECRET, 'id', true ) )->build( null, self::cart(), array( 'vip' => true ) );
		$this->assertSame( array( 'cart' ), array_keys( $config ) );
	}

	public function test_the_avatar_follows_the_sites_show_avatars_option_and_empty_fields_are_left_out(): void {
		$customer = array(
			'phone'      => '',
			'last_order' => null,
			'registered' => 0,
		) + self::customer();
		$config   = ( new WidgetConfig( self::SECRET, 'id', false ) )->build( $customer, self::cart() );
		foreach ( array( 'avatar', 'phoneNumber', 'lastOrder', 'signedUp' ) as $absent ) {
			$this->assertArrayNotHasKey( $absent, $config );
		}
	}

	public function test_the_cart_carries_unit_prices_and_product_ids(): void {
		$this->assertSame(
			array(
				'currency' => 'EUR',
				'subtotal' => 36.0,
				'total'    => 36.0,
				'items'    => array(
					array(
						'id'       => 14,
						'name'     => 'Beanie',
						'price'    => 18.0,
						'url'      => 'http://shop.test/product/beanie/',
						'quantity' => 2,
					),
				),
			),
			WidgetConfig::cart( self::cart() )
		);
	}

	public function test_a_german_customers_cart_json_carries_the_prices_his_cart_shows_exact_to_the_cent(): void {
		$requests = new Requests();
		try {
			$requests->rest( 21 );
			$json = (string) wp_json_encode( WidgetConfig::cart( ( new WooCommerceStore() )->cart() ) );
			$cart = json_decode( $json, true );
			$this->assertDoesNotMatchRegularExpression( '/\d\.\d{3,}/', $json, 'no float noise such as 25.549999999999997' );
			$wc_cart = WC()->cart;
			foreach ( array_values( $wc_cart->get_cart() ) as $index => $line ) {
				$this->assertSame( $wc_cart->get_product_price( $line['data'] ), wc_price( $cart['items'][ $index ]['price'] ) );
			}
			$this->assertStringStartsWith( wc_price( $cart['subtotal'] ), $wc_cart->get_cart_subtotal() );
			$this->assertSame( $wc_cart->get_total(), wc_price( $cart['total'] ) );
			$this->assertNotSame( (float) wc_get_product( 110 )->get_price(), $cart['items'][0]['price'], '19% VAT, not the catalogue price with 21%' );
		} finally {
			$requests->restore();
		}
	}

	/**
	 * Belco's frame (sidecar) counts paid orders of the account or with its e-mail, net of refunds; the widget
	 * must say the same. Lotte has guest orders typed as LOTTE.CLAES@example.be (fixture README).
	 */
	public function test_the_widget_counts_paid_orders_of_the_account_and_of_guest_checkouts_with_its_email(): void {
		$email    = get_userdata( 18 )->user_email;
		$expected = array_filter(
			wc_get_orders(
				array(
					'type'  => 'shop_order',
					'limit' => -1,
				)
			),
			static fn ( \WC_Order $order ) => $order->is_paid() && ( 18 === $order->get_customer_id() || 0 === strcasecmp( $order->get_billing_email(), $email ) )
		);
		$guests   = array_filter( $expected, static fn ( \WC_Order $order ) => 0 === $order->get_customer_id() );
		$this->assertNotEmpty( $guests, 'fixture: Lotte also checked out as a guest' );
		$spent  = array_sum( array_map( static fn ( \WC_Order $order ) => (float) $order->get_total() - (float) $order->get_total_refunded(), $expected ) );
		$latest = max( array_map( static fn ( \WC_Order $order ) => $order->get_date_created()->getTimestamp(), $expected ) );

		$config = ( new WidgetConfig( self::SECRET, 'id', false ) )->build( ( new WooCommerceStore() )->customer( 18 ), self::cart() );

		$this->assertSame( count( $expected ), $config['orderCount'] );
		$this->assertSame( round( $spent, wc_get_price_decimals() ), $config['totalSpent'] );
		$this->assertSame( $latest, $config['lastOrder'] );
		$this->assertDoesNotMatchRegularExpression( '/\d\.\d{3,}/', (string) wp_json_encode( $config ) );
	}

	public function test_the_widget_greets_the_customer_by_the_billing_name_like_the_frame(): void {
		update_user_meta( 18, 'first_name', 'Account-first' );
		$customer = ( new WooCommerceStore() )->customer( 18 );
		$this->assertSame( get_user_meta( 18, 'billing_first_name', true ), $customer['first_name'] );
		$this->assertNotSame( '', $customer['first_name'] );
		update_user_meta( 18, 'billing_first_name', '' );
		$this->assertSame( 'Account-first', ( new WooCommerceStore() )->customer( 18 )['first_name'], 'the account name when there is no billing name' );
	}

	public function test_custom_data_cannot_replace_the_identity_or_the_hash(): void {
		$custom = array(
			'vip'  => true,
			'id'   => 1,
			'hash' => 'forged',
		);
		$config = ( new WidgetConfig( self::SECRET, 'id', true ) )->build( self::customer(), self::cart(), $custom );
		$this->assertTrue( $config['vip'] );
		$this->assertSame( 42, $config['id'] );
		$this->assertSame( hash_hmac( 'sha256', '42', self::SECRET ), $config['hash'] );
	}

	public function test_custom_data_keeps_only_belcos_types(): void {
		$date  = new \DateTimeImmutable( '2024-05-01T10:00:00+02:00' );
		$clean = CustomData::reduce(
			array(
				'tier'     => 'gold',
				'emails'   => 10,
				'ratio'    => 0.5,
				'vip'      => false,
				'birthday' => $date,
				'tags'     => array( 'a' ),
				'object'   => new \stdClass(),
				'nothing'  => null,
				'nan'      => NAN,
				7          => 'numeric key',
			)
		);
		$this->assertSame(
			array(
				'tier'     => 'gold',
				'emails'   => 10,
				'ratio'    => 0.5,
				'vip'      => false,
				'birthday' => '2024-05-01T10:00:00+02:00',
			),
			$clean
		);
		$this->assertSame( array(), CustomData::reduce( 'not an array' ) );
	}

	public function test_the_filter_receives_the_user_id(): void {
		$filter = static fn ( array $data, int $user_id ) => $data + array(
			'userSeen' => $user_id,
			'list'     => array( 1 ),
		);
		add_filter( CustomData::FILTER, $filter, 10, 2 );
		try {
			$this->assertSame( array( 'userSeen' => 5 ), CustomData::for_user( 5 ) );
		} finally {
			remove_filter( CustomData::FILTER, $filter, 10 );
		}
	}
}
