<?php
/**
 * Loymax id modes.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\Ids;

/**
 * Every mode of every id kind, on real fixture users and terms and a fake WooCommerce port.
 */
final class IdsTest extends TestCase {

	private const CUSTOMER = 2;

	private FakeStore $fake;

	protected function setUp(): void {
		parent::setUp();
		$this->fake = new FakeStore();
	}

	public function test_user_ids(): void {
		$this->fake->phones[ self::CUSTOMER ] = '+31 6 12345678';
		update_user_meta( self::CUSTOMER, 'loyalty_card', 'LC-0042' );
		$email = get_userdata( self::CUSTOMER )->user_email;
		$this->assertSame( '2', $this->ids( array( 'userIdMode' => 'id' ) )->user( self::CUSTOMER ) );
		$this->assertSame( $email, $this->ids( array( 'userIdMode' => 'email' ) )->user( self::CUSTOMER ) );
		$this->assertSame( '+31 6 12345678', $this->ids( array( 'userIdMode' => 'phone' ) )->user( self::CUSTOMER ) );
		$this->assertSame( 'LC-0042', $this->ids( array( 'userIdMode' => 'meta', 'userIdMetaKey' => 'loyalty_card' ) )->user( self::CUSTOMER ) );
		$this->assertSame( '', $this->ids( array( 'userIdMode' => 'meta', 'userIdMetaKey' => 'missing_key' ) )->user( self::CUSTOMER ) );
		$this->assertSame( '', $this->ids( array() )->user( 999999 ), 'unknown user: no id' );
	}

	public function test_product_ids(): void {
		$this->fake->skus = array( 40 => 'woo-hoodie' );
		$this->assertSame( '40', $this->ids( array( 'productIdMode' => 'parent' ) )->product( 40, 41 ) );
		$this->assertSame( '41', $this->ids( array( 'productIdMode' => 'variation' ) )->product( 40, 41 ) );
		$this->assertSame( '14', $this->ids( array( 'productIdMode' => 'variation' ) )->product( 14 ), 'a simple product is its own row' );
		$this->assertSame( 'woo-hoodie', $this->ids( array( 'productIdMode' => 'sku' ) )->product( 40, 41 ), 'the parent SKU, like the feed' );
		$this->assertSame( '14', $this->ids( array( 'productIdMode' => 'sku' ) )->product( 14 ), 'no SKU: the id' );
	}

	public function test_category_ids_use_the_real_term(): void {
		$term = get_term( self::clothing(), 'product_cat' );
		$this->assertInstanceOf( \WP_Term::class, $term );
		$this->assertSame( (string) $term->term_id, $this->ids( array( 'categoryIdMode' => 'id' ) )->category( $term->term_id ) );
		$this->assertSame( 'clothing', $this->ids( array( 'categoryIdMode' => 'slug' ) )->category( $term->term_id ) );
		$this->fake->product_categories = array( $term->term_id );
		$this->assertSame( 'clothing', $this->ids( array( 'categoryIdMode' => 'slug' ) )->product_category( 40 ) );
		$this->assertSame( '', $this->ids( array( 'categoryIdMode' => 'slug' ) )->category( 0 ) );
	}

	public function test_order_ids(): void {
		$this->fake->orders[ 218 ] = array( 'id' => 218, 'number' => 'WC-2024-0218' );
		$this->assertSame( '218', $this->ids( array( 'orderIdMode' => 'id' ) )->order( 218 ) );
		$this->assertSame( 'WC-2024-0218', $this->ids( array( 'orderIdMode' => 'number' ) )->order( 218 ) );
		$this->assertSame( '', $this->ids( array( 'orderIdMode' => 'number' ) )->order( 219 ) );
	}

	/** The fixture's "clothing" product category (WooCommerce registers product_cat). */
	private static function clothing(): int {
		return (int) get_term_by( 'slug', 'clothing', 'product_cat' )->term_id;
	}

	/**
	 * Ids over the module's defaults.
	 *
	 * @param array $settings Changed settings.
	 */
	private function ids( array $settings ): Ids {
		$defaults = Plugin::instance()->get( Registry::class )->get( 'loymax' )->defaults();
		return new Ids( $this->use_store( $this->fake ), $settings + $defaults );
	}
}
