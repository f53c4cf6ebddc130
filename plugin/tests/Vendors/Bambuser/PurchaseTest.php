<?php
/**
 * Bambuser's purchase report: claimed once per order on the order-received page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\Purchase;

/**
 * The page config's `purchase` through the module, on the tests' Store port stand-in (the real port's
 * order key check and once-only flag have their own contract tests).
 */
final class PurchaseTest extends TestCase {

	private const ORDER = 218;

	private FakeStore $fake;
	private BambuserModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->fake   = new FakeStore();
		$store        = $this->use_store( $this->fake );
		$this->module = new BambuserModule( $store, new EventQueue( $store ) );
		$this->module->update(
			array(
				'enabled' => true,
				'orgId'   => 'org1',
			)
		);
		$this->fake->orders[ self::ORDER ] = array(
			'id'          => self::ORDER,
			'number'      => '218',
			'status'      => 'processing',
			'currency'    => 'EUR',
			'total'       => 18.0,
			'customer_id' => 0,
			'email'       => 'guest@example.com',
			'created'     => 0,
		);
		$_GET['key'] = 'wc_order_abc123';
	}

	protected function tearDown(): void {
		unset( $_GET['key'] );
		parent::tearDown();
	}

	public function test_the_first_view_of_the_order_received_page_claims_the_order_with_its_key(): void {
		$this->fake->order_id = self::ORDER;
		$this->assertSame(
			array(
				'id'  => self::ORDER,
				'key' => 'wc_order_abc123',
			),
			$this->module->public_config()['purchase']
		);
		$this->assertArrayHasKey( self::ORDER . ':' . Purchase::FLAG, $this->fake->order_flags );
	}

	public function test_a_reload_reports_nothing(): void {
		$this->fake->order_id = self::ORDER;
		$first                = $this->module->public_config()['purchase'];
		$this->assertSame( $first, $this->module->public_config()['purchase'], 'the same answer within one request' );
		$reload = new BambuserModule( $this->use_store( $this->fake ), new EventQueue( $this->fake ) );
		$this->assertNull( $reload->public_config()['purchase'] );
	}

	public function test_only_the_claiming_page_gets_the_purchase_bundle(): void {
		$this->fake->order_id = self::ORDER;
		$purchase             = new Purchase( $this->fake );
		$purchase->enqueue();
		$this->assertFalse( wp_script_is( Purchase::HANDLE, 'enqueued' ), 'nothing claimed yet' );
		$purchase->claim();
		$purchase->enqueue();
		$this->assertSame( is_readable( COMMERCE_BRIDGE_DIR . 'build/widgets/bambuser-purchase.asset.php' ), wp_script_is( Purchase::HANDLE, 'enqueued' ) );
		wp_dequeue_script( Purchase::HANDLE );
		wp_deregister_script( Purchase::HANDLE );
	}

	public function test_other_pages_report_nothing_and_claim_nothing(): void {
		$this->fake->order_id = 0;
		$this->assertNull( $this->module->public_config()['purchase'] );
		$this->assertSame( array(), $this->fake->order_flags );
	}
}
