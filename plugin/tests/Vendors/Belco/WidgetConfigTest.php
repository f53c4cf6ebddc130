<?php
/**
 * Belco's widget config and secure-mode hash.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\CustomData;
use CommerceBridge\Vendors\Belco\WidgetConfig;

/**
 * Identity fields, hash over the chosen identity, cart mapping and custom data types, from the shopper's facts
 * (their figures against real WooCommerce: tests/WooCommerce/ShopperFactsTest).
 */
final class WidgetConfigTest extends TestCase {

	private const SECRET = 'belco-shop-secret-7f3a';

	public static function customer(): array {
		return array(
			'id'           => 42,
			'email'        => 'sanne@example.com',
			'firstName'    => 'Sanne',
			'lastName'     => 'de Vries',
			'phone'        => '+31 6 12345678',
			'country'      => 'nl',
			'registeredAt' => '2023-11-14T22:13:20Z',
			'orderCount'   => 3,
			'totalSpent'   => 123.45,
			'lastOrderAt'  => '2024-03-09T16:00:00Z',
			'avatar'       => 'https://secure.gravatar.com/avatar/abc',
		);
	}

	public static function cart(): array {
		return array(
			'currency'  => 'EUR',
			'subtotal'  => 36.0,
			'total'     => 36.0,
			'itemCount' => 2,
			'lines'     => array(
				array(
					'productId'   => 14,
					'variationId' => 0,
					'name'        => 'Beanie',
					'quantity'    => 2,
					'unitPrice'   => 18.0,
					'subtotal'    => 36.0,
					'url'         => 'http://shop.test/product/beanie/',
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

	public function test_a_guest_who_placed_an_order_is_named_by_its_billing_details_through_the_same_mapping(): void {
		$order  = array(
			'email'   => 'gast@example.org',
			'billing' => array(
				'first_name' => 'Gijs',
				'last_name'  => '',
				'phone'      => '',
				'country'    => 'be',
			),
		);
		$config = ( new WidgetConfig( self::SECRET, 'id', true ) )->build( WidgetConfig::guest( $order ), self::cart() );
		$this->assertSame(
			array(
				'email'     => 'gast@example.org',
				'firstName' => 'Gijs',
				'name'      => 'Gijs',
				'country'   => 'BE',
				'hash'      => hash_hmac( 'sha256', 'gast@example.org', self::SECRET ),
			),
			array_diff_key( $config, array( 'cart' => true ) ),
			'no id, no order figures, empty fields left out, the hash covers the e-mail'
		);
	}

	public function test_the_avatar_follows_the_sites_show_avatars_option_and_empty_fields_are_left_out(): void {
		$customer = array(
			'phone'        => '',
			'lastOrderAt'  => null,
			'registeredAt' => '',
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
