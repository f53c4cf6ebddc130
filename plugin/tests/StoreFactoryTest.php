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

/**
 * Without WooCommerce the factory answers InactiveStore; the filter replaces it.
 */
final class StoreFactoryTest extends TestCase {

	public function test_without_woocommerce_the_store_is_inactive(): void {
		if ( class_exists( 'WooCommerce' ) ) {
			$this->markTestSkipped( 'WooCommerce is loaded in this WordPress.' );
		}
		$store = StoreFactory::create();
		$this->assertInstanceOf( InactiveStore::class, $store );
		$this->assertFalse( $store->is_active() );
	}

	public function test_the_filter_replaces_the_store_and_ignores_non_stores(): void {
		$fake = new FakeStore();
		$this->assertSame( $fake, $this->use_store( $fake ) );
		remove_all_filters( 'commerce_bridge_store' );
		add_filter( 'commerce_bridge_store', '__return_null' );
		$this->assertNotNull( StoreFactory::create() );
	}
}
