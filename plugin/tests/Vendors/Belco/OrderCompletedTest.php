<?php
/**
 * Belco's `Order Completed` report, claimed once per order by the order-placed route.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Events\OrderPlacedRoute;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\WooCommerce\Store;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * The event as the official plugin tracks it, under the flag shops already have on their orders.
 */
final class OrderCompletedTest extends TestCase {

	private const ORDER = 501;
	private const KEY   = 'wc_order_belco501';

	private FakeStore $fake;
	private BelcoModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->fake                            = new FakeStore();
		$this->fake->orders[ self::ORDER ]     = array(
			'id'          => self::ORDER,
			'number'      => 'N-501',
			'status'      => 'processing',
			'currency'    => 'EUR',
			'total'       => 42.5,
			'customer_id' => 0,
			'email'       => 'guest@example.org',
			'created'     => 1764000000,
		);
		$this->fake->order_keys[ self::ORDER ] = self::KEY;
		$store                                 = $this->use_store( $this->fake );
		$this->module                          = new BelcoModule( $store, new EventQueue( $store ) );
		$this->module->update(
			array(
				'enabled' => true,
				'shopId'  => 'shop-9',
			)
		);
	}

	/**
	 * The storefront's request for Belco's report, as the Belco bundle makes it after init.
	 *
	 * @param Store  $store WooCommerce port.
	 * @param int    $order Order id.
	 * @param string $key   Its key.
	 */
	private static function ask( Store $store, int $order = self::ORDER, string $key = self::KEY ): \WP_REST_Response {
		$route   = new OrderPlacedRoute( new Registry( $store, new EventQueue( $store ) ), $store, new VendorConsent() );
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/order-placed' );
		$request->set_query_params(
			array(
				'vendor' => 'belco',
				'order'  => $order,
				'key'    => $key,
			)
		);
		return $route->answer( $request );
	}

	public function test_the_report_is_order_completed_as_the_official_plugin_tracks_it(): void {
		$this->assertSame(
			array(
				'event'      => 'Order Completed',
				'properties' => array(
					'orderId' => 'N-501',
					'date'    => 1764000000,
					'total'   => 42.5,
					'status'  => 'processing',
				),
			),
			$this->module->order_report()->report( $this->fake->orders[ self::ORDER ] )
		);
	}

	public function test_it_is_claimed_under_the_flag_shops_have_stored_once_per_order(): void {
		$this->assertSame( '_commerce_bridge_belco_tracked', $this->module->order_report()->flag() );
		$this->assertSame( 'Order Completed', self::ask( $this->fake )->get_data()['report']['event'] );
		$this->assertArrayHasKey( self::ORDER . ':_commerce_bridge_belco_tracked', $this->fake->order_flags );
		$this->assertSame( array( 'report' => null ), self::ask( $this->fake )->get_data(), 'a reload or a second tab' );
	}

	public function test_on_real_woocommerce_an_order_tracked_before_is_not_reported_again_and_a_new_one_is_flagged(): void {
		remove_all_filters( 'commerce_bridge_store' );
		$store = StoreFactory::create();
		list( $before, $new ) = array( wc_get_order( 218 ), wc_get_order( 243 ) );
		$before->update_meta_data( '_commerce_bridge_belco_tracked', '2026-11-30T10:00:00+00:00' );
		$before->save_meta_data();
		$this->assertSame( array( 'report' => null ), self::ask( $store, 218, $before->get_order_key() )->get_data() );
		$this->assertSame( $new->get_order_number(), self::ask( $store, 243, $new->get_order_key() )->get_data()['report']['properties']['orderId'] );
		$this->assertNotSame( '', (string) wc_get_order( 243 )->get_meta( '_commerce_bridge_belco_tracked' ) );
	}
}
