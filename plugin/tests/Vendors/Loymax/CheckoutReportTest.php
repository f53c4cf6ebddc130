<?php
/**
 * Loymax's report of a placed order.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\CheckoutReport;
use CommerceBridge\Vendors\Loymax\LoymaxModule;

/**
 * What the Loymax bundle sends on `orderPlaced` (Events\OrderPlacedRoute claims it), per the settings,
 * under the flag shops have stored; the page build claims nothing.
 */
final class CheckoutReportTest extends TestCase {

	private FakeStore $fake;
	private LoymaxModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->fake                = new FakeStore();
		$this->fake->order_id      = 218;
		$this->fake->orders[ 218 ] = array( 'id' => 218, 'number' => 'N-218' );
		$store                     = $this->use_store( $this->fake );
		$this->module              = new LoymaxModule( $store, new EventQueue( $store ) );
	}

	/**
	 * The module's report over these settings (enabled, with a snippet and a checkout template).
	 *
	 * @param array $changes Changed settings.
	 */
	private function report( array $changes ): CheckoutReport {
		$settings = array(
			'enabled'          => true,
			'trackerSnippet'   => '(function(){})();',
			'templateCheckout' => '{"call": "lmx.push", "args": ["checkout", "{ORDER_ID}"]}',
		);
		update_option( 'commerce_bridge_loymax', $changes + $settings );
		$report = $this->module->order_report();
		$this->assertInstanceOf( CheckoutReport::class, $report );
		return $report;
	}

	public function test_the_checkout_then_the_clean_up_with_the_ids_setting(): void {
		$this->assertSame(
			array( 'events' => array( array( 'kind' => 'checkout', 'orderId' => 'N-218' ), array( 'kind' => 'cartClear' ) ) ),
			$this->report( array( 'orderIdMode' => 'number', 'cleanupAfterOrder' => true ) )->report( $this->fake->orders[218] )
		);
		$this->assertSame(
			array( 'events' => array( array( 'kind' => 'checkout', 'orderId' => '218' ) ) ),
			$this->report( array() )->report( $this->fake->orders[218] )
		);
	}

	public function test_the_flag_is_the_one_shops_have_stored(): void {
		$this->assertSame( '_commerce_bridge_loymax_checkout', $this->report( array() )->flag() );
	}

	public function test_nothing_to_report_without_the_checkout_template_or_the_tracker(): void {
		$this->assertNull( $this->report( array( 'templateCheckout' => '' ) )->report( $this->fake->orders[218] ) );
		$this->assertNull( $this->report( array( 'templateCheckout' => ' ' ) )->report( $this->fake->orders[218] ) );
		$this->assertNull( $this->report( array( 'trackerSnippet' => '' ) )->report( $this->fake->orders[218] ) );
	}

	public function test_the_order_received_pages_config_claims_nothing(): void {
		$this->report( array( 'cleanupAfterOrder' => true ) );
		$this->assertSame( array(), $this->module->public_config()['events'] );
		$this->assertSame( array(), $this->fake->order_flags );
	}
}
