<?php
/**
 * The port's contract on real WooCommerce.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\WooCommerce\Store;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * WooCommerceStore against the fixture store: sessions are played as REST requests (WooCommerce has not
 * loaded a cart, the port loads it), as our own routes meet them; WooCommercePageContractTest plays them
 * as storefront pages.
 */
class WooCommerceStoreContractTest extends StoreContract {

	protected Requests $requests;

	protected function setUp(): void {
		parent::setUp();
		$this->requests = new Requests();
	}

	protected function tearDown(): void {
		$this->requests->restore();
		parent::tearDown();
	}

	protected function store(): Store {
		return new WooCommerceStore();
	}

	protected function arrange_visitor_without_session(): void {
		$this->requests->rest( 0 );
	}

	protected function arrange_saved_session( string $session_key, int $user_id ): void {
		// A logged-in customer's browser carries the session cookie too (set at login).
		$this->requests->rest( $user_id, $session_key );
	}

	protected function arrange_catalogue( array $product_ids ): void {
		// The fixture holds them.
	}

	protected function arrange_customer( int $user_id ): void {
		// The fixture holds them.
	}

	protected function arrange_order( int $order_id ): void {
		// The fixture holds them.
	}
}
