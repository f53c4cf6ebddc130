<?php
/**
 * The port's contract on the unit tests' fake.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\WooCommerce\Store;

/**
 * FakeStore, told what WooCommerce holds (FixtureFacts), must answer as the real port does.
 */
final class FakeStoreContractTest extends StoreContract {

	private FakeStore $fake;

	protected function setUp(): void {
		parent::setUp();
		$this->fake = new FakeStore();
	}

	protected function store(): Store {
		return $this->fake;
	}

	protected function arrange_visitor_without_session(): void {
		$this->fake->session_key = '';
		$this->fake->lines       = array();
	}

	protected function arrange_saved_session( string $session_key, int $user_id ): void {
		$this->fake->session_key = $session_key;
		$this->fake->lines       = FixtureFacts::cart_lines( $session_key );
	}

	protected function arrange_catalogue( array $product_ids ): void {
		foreach ( $product_ids as $id ) {
			$product = wc_get_product( $id );
			$this->fake->add_product( $id, $product->get_sku( 'edit' ), FixtureFacts::category_ids( $product->get_parent_id() ? $product->get_parent_id() : $id ) );
			$this->fake->images[ $id ] = FixtureFacts::image_url( $id, 'woocommerce_thumbnail' );
		}
	}

	protected function arrange_customer( int $user_id ): void {
		$this->fake->phones[ $user_id ] = FixtureFacts::customer( $user_id )['phone'];
	}

	protected function arrange_order( int $order_id ): void {
		$this->fake->orders[ $order_id ]     = FixtureFacts::order( $order_id );
		$this->fake->order_keys[ $order_id ] = FixtureFacts::order_key( $order_id );
	}
}
