<?php
/**
 * The port's contract on real WooCommerce, in storefront page requests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

/**
 * As WooCommerceStoreContractTest, but WooCommerce itself has started the session and loaded the cart
 * (page requests), so the port reads what WooCommerce set up.
 */
final class WooCommercePageContractTest extends WooCommerceStoreContractTest {

	protected function arrange_visitor_without_session(): void {
		$this->requests->page( 0 );
	}

	protected function arrange_saved_session( string $session_key, int $user_id ): void {
		$this->requests->page( $user_id, $session_key );
	}
}
