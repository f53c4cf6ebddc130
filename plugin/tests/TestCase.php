<?php
/**
 * Base test case: each test runs inside a rolled-back transaction.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\WooCommerce\Store;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * Data changes (options, events) are undone after every test; DDL tests must not extend this.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	protected function setUp(): void {
		global $wpdb;
		$wpdb->query( 'START TRANSACTION' );
		wp_cache_flush();
	}

	protected function tearDown(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		wp_cache_flush();
		wp_set_current_user( 0 );
		remove_all_filters( 'commerce_bridge_store' );
		unset( $_COOKIE['commerce_bridge_visitor'] );
	}

	/**
	 * Installs a fake WooCommerce port through the commerce_bridge_store filter and returns the store
	 * the factory then picks.
	 *
	 * @param FakeStore $fake The fake to install.
	 */
	protected function use_store( FakeStore $fake ): Store {
		add_filter( 'commerce_bridge_store', static fn () => $fake );
		return StoreFactory::create();
	}
}
