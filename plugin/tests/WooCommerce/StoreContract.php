<?php
/**
 * The contract every implementation of the WooCommerce port honours.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\Store;

/**
 * Runs against real WooCommerce (WooCommerceStoreContractTest) and against the unit tests' fake
 * (FakeStoreContractTest). Scenarios name fixture sessions, customers and orders (fixture README); what
 * the port must answer comes from WooCommerce's own API (FixtureFacts), never from the port.
 */
abstract class StoreContract extends TestCase {

	/** Fixture sessions with carts: session key => owner (0 for a guest). */
	public const SESSIONS = array(
		't_172b68a7e2f4c9dcf34f79013961ad' => 0,
		'2'                                => 2,
		'21'                               => 21,
	);

	abstract protected function store(): Store;

	/** A visitor without WooCommerce session: no cookie, nobody logged in. */
	abstract protected function arrange_visitor_without_session(): void;

	/**
	 * The fixture session $session_key as its owner makes requests: logged in as $user_id, or a guest
	 * carrying its session cookie.
	 *
	 * @param string $session_key Fixture session key.
	 * @param int    $user_id     Its owner, 0 for a guest.
	 */
	abstract protected function arrange_saved_session( string $session_key, int $user_id ): void;

	/**
	 * Fixture products the store will be asked about.
	 *
	 * @param list<int> $product_ids Products and variations.
	 */
	abstract protected function arrange_catalogue( array $product_ids ): void;

	/** A fixture customer the store will be asked about. */
	abstract protected function arrange_customer( int $user_id ): void;

	/** A fixture order the store will be asked about. */
	abstract protected function arrange_order( int $order_id ): void;

	public function test_a_visitor_without_session_has_no_key_and_an_empty_cart(): void {
		$this->arrange_visitor_without_session();
		$store = $this->store();
		$this->assertSame( '', $store->session_customer_key() );
		$this->assertSame( get_woocommerce_currency(), $store->currency() );
		$this->assertSame( array(), $store->cart_lines() );
		$this->assertSame( '', $store->session_copy() );
	}

	/** @return array<string, array{string, int}> */
	public static function sessions(): array {
		$cases = array();
		foreach ( self::SESSIONS as $key => $user_id ) {
			$cases[ $user_id ? "customer $user_id" : 'guest' ] = array( (string) $key, $user_id );
		}
		return $cases;
	}

	/** @dataProvider sessions */
	public function test_a_saved_session_is_keyed_by_its_session_key_and_copied_with_its_cart( string $session_key, int $user_id ): void {
		$this->arrange_saved_session( $session_key, $user_id );
		$this->assertSame( $session_key, $this->store()->session_customer_key() );
		$store = $this->store();
		$copy  = $store->session_copy();
		$this->assertNotSame( '', $copy );
		$this->assertSame( FixtureFacts::cart_lines( $session_key ), FixtureFacts::cart_lines( $copy ), 'the copy holds the cart' );
		$store->drop_session_copy( $copy );
	}

	/** @dataProvider sessions */
	public function test_a_saved_cart_lists_its_lines( string $session_key, int $user_id ): void {
		$this->arrange_saved_session( $session_key, $user_id );
		$expected = FixtureFacts::cart_lines( $session_key );
		$this->assertNotEmpty( $expected, 'the fixture session has a cart' );
		$this->assertSame( $expected, array_map( array( self::class, 'sorted_categories' ), $this->store()->cart_lines() ) );
	}

	public function test_a_variation_answers_with_its_own_sku_and_its_parents_categories(): void {
		$this->arrange_catalogue( array( 29, 14 ) );
		$store     = $this->store();
		$variation = wc_get_product( 29 );
		$this->assertSame( $variation->get_sku( 'edit' ), $store->product_sku( 29 ) );
		$this->assertEqualsCanonicalizing( FixtureFacts::category_ids( $variation->get_parent_id() ), $store->product_category_ids( 29 ) );
		$this->assertEqualsCanonicalizing( FixtureFacts::category_ids( 14 ), $store->product_category_ids( 14 ) );
	}

	public function test_a_product_image_is_its_own_thumbnail_or_for_a_variation_its_parents(): void {
		$this->arrange_catalogue( array( 29, 14 ) );
		$store = $this->store();
		foreach ( array( 29, 14 ) as $id ) {
			$this->assertSame( FixtureFacts::image_url( $id, 'woocommerce_thumbnail' ), $store->product_image_url( $id ), "product $id" );
		}
		$this->assertNotSame( '', $store->product_image_url( 14 ), 'fixture: every product has a thumbnail' );
	}

	public function test_unknown_products_customers_and_orders_answer_nothing(): void {
		$store = $this->store();
		$this->assertSame( array(), $store->product_category_ids( 999999 ) );
		$this->assertSame( '', $store->product_sku( 999999 ) );
		$this->assertSame( '', $store->product_image_url( 999999 ) );
		$this->assertSame( '', $store->billing_phone( 0 ), 'a guest is no customer' );
		$this->assertSame( '', $store->billing_phone( 999999 ) );
		$this->assertNull( $store->order( 999999 ) );
		$this->assertNull( $store->order( 139 ), 'a refund is not an order' );
		$this->assertNull( $store->order( 14 ), 'a product is not an order' );
	}

	public function test_a_customer_has_their_billing_phone(): void {
		$this->arrange_customer( 18 );
		$expected = FixtureFacts::customer( 18 )['phone'];
		$this->assertNotSame( '', $expected, 'fixture: Lotte has a phone number' );
		$this->assertSame( $expected, $this->store()->billing_phone( 18 ) );
	}

	public function test_an_order_answers_its_number_status_total_and_customer(): void {
		$this->arrange_order( 191 ); // Fixture: completed, partially refunded, with variations.
		$order    = $this->store()->order( 191 );
		$expected = FixtureFacts::order( 191 );
		$this->assertNotNull( $order );
		$this->assertEqualsWithDelta( $expected['total'], $order['total'], 0.001 );
		unset( $expected['total'], $order['total'] );
		$this->assertSame( $expected, $order );
	}

	public function test_an_order_is_marked_once_per_flag(): void {
		$this->arrange_order( 218 );
		$store = $this->store();
		$this->assertTrue( $store->mark_order_once( 218, '_commerce_bridge_contract_a' ) );
		$this->assertFalse( $store->mark_order_once( 218, '_commerce_bridge_contract_a' ), 'second call' );
		$this->assertTrue( $store->mark_order_once( 218, '_commerce_bridge_contract_b' ), 'another flag' );
		$this->assertFalse( $store->mark_order_once( 999999, '_commerce_bridge_contract_a' ), 'unknown order' );
	}

	public function test_an_order_key_is_the_one_woocommerce_stored(): void {
		$this->arrange_order( 218 );
		$store = $this->store();
		$this->assertStringStartsWith( 'wc_order_', $store->order_key( 218 ) );
		$this->assertSame( FixtureFacts::order_key( 218 ), $store->order_key( 218 ) );
		$this->assertSame( '', $store->order_key( 999999 ) );
	}

	public function test_store_pages_are_absolute_urls_of_this_site(): void {
		$store = $this->store();
		foreach ( array( 'cart', 'checkout', 'myaccount', 'order_received', 'shop' ) as $page ) {
			$this->assertStringStartsWith( home_url( '/' ), $store->page_url( $page ), $page );
		}
		$this->assertStringStartsWith( $store->page_url( 'checkout' ), $store->page_url( 'order_received' ) );
		$this->assertSame( '', $store->page_url( 'basket' ) );
	}

	public function test_outside_product_category_and_order_received_pages_there_is_no_current_object(): void {
		$store = $this->store();
		$this->assertSame( 0, $store->current_product_id() );
		$this->assertSame( 0, $store->current_category_id() );
		$this->assertSame( 0, $store->received_order_id() );
	}

	/**
	 * A line with its category ids in ascending order (the contract does not fix their order).
	 *
	 * @param array<string, mixed> $line Cart line.
	 */
	private static function sorted_categories( array $line ): array {
		sort( $line['category_ids'] );
		return $line;
	}
}
