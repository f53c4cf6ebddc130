<?php
/**
 * Picking the WooCommerce port.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\WooCommerce\InactiveStore;
use CommerceBridge\WooCommerce\StoreFactory;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * With WooCommerce loaded the factory answers WooCommerceStore (InactiveStore without); the filter replaces it.
 */
final class StoreFactoryTest extends TestCase {

	public function test_with_woocommerce_loaded_the_store_is_the_woocommerce_port(): void {
		$store = StoreFactory::create();
		$this->assertInstanceOf( WooCommerceStore::class, $store );
		$this->assertTrue( $store->is_active() );
		$this->assertSame( WC_VERSION, $store->version() );
	}

	public function test_the_inactive_store_answers_nothing_in_the_ports_shapes(): void {
		$store = new InactiveStore();
		$this->assertFalse( $store->is_active() );
		$this->assertSame( array(), $store->cart_lines() );
		$this->assertSame( '', $store->session_customer_key() );
		$this->assertSame( '', $store->session_copy() );
		$this->assertSame( '', $store->billing_phone( 2 ) );
		$this->assertNull( $store->order( 218 ) );
		$this->assertFalse( $store->mark_order_once( 218, '_commerce_bridge_contract' ) );
		$this->assertSame( '', $store->page_url( 'cart' ) );
	}

	public function test_the_filter_replaces_the_store_and_ignores_non_stores(): void {
		$fake = new FakeStore();
		$this->assertSame( $fake, $this->use_store( $fake ) );
		remove_all_filters( 'commerce_bridge_store' );
		add_filter( 'commerce_bridge_store', '__return_null' );
		$this->assertNotNull( StoreFactory::create() );
	}
}
