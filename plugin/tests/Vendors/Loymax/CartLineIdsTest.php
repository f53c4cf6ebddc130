<?php
/**
 * Loymax ids on WooCommerce's Store API cart lines.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use Automattic\WooCommerce\StoreApi\Schemas\ExtendSchema;
use Automattic\WooCommerce\StoreApi\StoreApi;
use CommerceBridge\Frontend\CartExtension;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\CartLineIds;
use CommerceBridge\Vendors\Loymax\Ids;

/**
 * Through WooCommerce's own ExtendSchema: what every Store API cart answer carries per line.
 */
final class CartLineIdsTest extends TestCase {

	protected function tearDown(): void {
		remove_all_filters( 'commerce_bridge_cart_line_data' );
		remove_all_filters( 'commerce_bridge_cart_line_schema' );
		parent::tearDown();
	}

	public function test_each_cart_line_carries_the_ids_per_the_id_settings(): void {
		$this->extend( array( 'productIdMode' => 'sku' ) );
		$this->assertEquals(
			(object) array(
				CartExtension::NAMESPACE => array(
					'loymax' => array(
						'productId'  => 'woo-hoodie',
						'categoryId' => '20',
					),
				),
			),
			$this->line_data( 40, 41 )
		);
		$this->extend( array( 'productIdMode' => 'variation' ) );
		$this->assertSame( '41', $this->line_data( 40, 41 )->{CartExtension::NAMESPACE}['loymax']['productId'] );
	}

	public function test_the_schema_declares_the_ids(): void {
		$this->extend( array() );
		$schema = $this->extend_schema()->get_endpoint_schema( 'cart-item' )->{CartExtension::NAMESPACE};
		$loymax = $schema['properties']['loymax'] ?? null;
		$this->assertIsArray( $loymax );
		$this->assertSame( array( 'productId', 'categoryId' ), array_keys( $loymax['properties'] ) );
	}

	public function test_without_loymax_lines_carry_no_vendor_data(): void {
		( new CartExtension() )->extend_store_api();
		$this->assertEquals( (object) array( CartExtension::NAMESPACE => array() ), $this->line_data( 40, 0 ) );
	}

	/**
	 * Registers the extension with Loymax's ids over the module defaults.
	 *
	 * @param array $settings Changed id settings.
	 */
	private function extend( array $settings ): void {
		remove_all_filters( 'commerce_bridge_cart_line_data' );
		remove_all_filters( 'commerce_bridge_cart_line_schema' );
		$fake                     = new FakeStore();
		$fake->skus               = array( 40 => 'woo-hoodie' );
		$fake->product_categories = array( 20 );
		$defaults                 = Plugin::instance()->get( Registry::class )->get( 'loymax' )->defaults();
		( new CartLineIds( new Ids( $this->use_store( $fake ), $settings + $defaults ) ) )->register();
		( new CartExtension() )->extend_store_api();
	}

	private function extend_schema(): ExtendSchema {
		return StoreApi::container()->get( ExtendSchema::class );
	}

	private function line_data( int $product, int $variation ): object {
		$item = array(
			'key'          => 'k',
			'product_id'   => $product,
			'variation_id' => $variation,
			'quantity'     => 1,
		);
		return $this->extend_schema()->get_endpoint_data( 'cart-item', array( $item ) );
	}
}
