<?php
/**
 * sync/customer: the customer as the widget identifies them, from the real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\Vendors\Belco\Sync\DeliveryLog;
use CommerceBridge\Vendors\Belco\Sync\Queue;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * The profile save queues the call (the plugin's own hook); the job callback runs on a Queue whose
 * ShopperFacts ask the sidecar started here. The sidecar reads committed data only, so the fixture
 * customer's stored profile is what must arrive.
 */
final class SyncCustomerTest extends SyncTestCase {

	private static Sidecar $sidecar;

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
		parent::tearDownAfterClass();
	}

	/**
	 * A queue like the plugin's, on the given sidecar.
	 *
	 * @param string $sidecar_url Sidecar base URL.
	 */
	private function queue_on( string $sidecar_url ): Queue {
		$store = StoreFactory::create();
		return new Queue( new BelcoModule( $store, new EventQueue( $store ) ), new DeliveryLog(), $store, new ShopperFacts( $store, new SidecarClient( $sidecar_url ) ) );
	}

	public function test_a_profile_save_sends_the_customer_with_its_scalar_id(): void {
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne V.' ) );
		$this->queue_on( self::$sidecar->url() )->deliver( (int) $this->log()[0]['id'] );
		$requests = self::$recorder->requests();
		$this->assertCount( 1, $requests );
		$this->assertSame( '/sync/customer', $requests[0]['path'] );
		$this->assertTrue( $requests[0]['signatureValid'] );
		$body     = json_decode( $requests[0]['body'], true );
		$customer = new \WC_Customer( self::CUSTOMER );
		$this->assertSame( self::CUSTOMER, $body['id'] );
		$this->assertSame( get_userdata( self::CUSTOMER )->user_email, $body['email'] );
		$this->assertSame( $customer->get_billing_first_name(), $body['firstName'] );
		$this->assertSame( strtoupper( $customer->get_billing_country() ), $body['country'] );
		$this->assertIsInt( $body['orderCount'] );
		$this->assertArrayNotHasKey( 'hash', $body );
		$this->assertSame( DeliveryLog::DELIVERED, $this->log()[0]['status'] );
	}

	public function test_an_unreachable_sidecar_is_retried_without_calling_belco(): void {
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne V.' ) );
		$this->queue_on( 'http://127.0.0.1:' . Upstream::free_port() )->deliver( (int) $this->log()[0]['id'] );
		$this->assertSame( array(), self::$recorder->requests() );
		$this->assertSame( DeliveryLog::RETRYING, $this->log()[0]['status'] );
		$this->assertStringContainsString( 'sidecar', $this->log()[0]['last_error'] );
	}
}
