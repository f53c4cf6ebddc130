<?php
/**
 * oct8ne's report of a placed order: the sale-notification script URL.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\SaleReport;

/**
 * The URL the oct8ne bundle loads on `orderPlaced` (Events\OrderPlacedRoute claims it), under the flag
 * shops have stored; the page build neither claims the order nor prints a script.
 */
final class SaleReportTest extends TestCase {

	private FakeStore $fake;

	private Oct8neModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->fake              = new FakeStore();
		$this->fake->order_id    = 501;
		$this->fake->orders[501] = array(
			'id'          => 501,
			'number'      => 'NL-501',
			'currency'    => 'EUR',
			'total'       => 1234.5,
			'customer_id' => 7,
		);
		$store                   = $this->use_store( $this->fake );
		$this->module            = new Oct8neModule( $store, new EventQueue( $store ) );
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled' => true,
				'license' => '3BDFF5329C414EBCB116CCE1CE1AD807',
			)
		);
	}

	/** The module's report of order 501. */
	private function url(): ?string {
		$report = $this->module->order_report();
		$this->assertInstanceOf( SaleReport::class, $report );
		return $report->report( $this->fake->orders[501] )['url'] ?? null;
	}

	public function test_the_url_carries_the_orders_values(): void {
		$url = (string) $this->url();
		$this->assertStringStartsWith( 'https://static-eu.oct8ne.com/api/source/js/ext/sale-notification.js?', $url );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$this->assertSame(
			array(
				'license'      => '3BDFF5329C414EBCB116CCE1CE1AD807',
				'currencyCode' => 'EUR',
				'locale'       => 'en-US',
				'value'        => '1234.50',
				'reference'    => 'NL-501',
				'customerId'   => '7',
			),
			$query
		);
	}

	public function test_the_flag_is_the_one_shops_have_stored(): void {
		$this->assertSame( '_commerce_bridge_oct8ne_sale_notified', $this->module->order_report()->flag() );
	}

	public function test_guests_get_no_customer_id_and_values_are_url_encoded(): void {
		$this->fake->orders[501]['customer_id'] = 0;
		$this->fake->orders[501]['number']      = 'A&B #1';
		$url                                    = (string) $this->url();
		$this->assertStringNotContainsString( 'customerId', $url );
		$this->assertStringContainsString( 'reference=A%26B%20%231', $url );
	}

	public function test_nothing_to_report_without_license(): void {
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true ) );
		$this->assertNull( $this->module->order_report()->report( $this->fake->orders[501] ) );
	}

	public function test_the_order_received_page_claims_nothing_and_prints_no_sale_script(): void {
		$hooks                 = array_map( static fn ( \WP_Hook $hook ) => clone $hook, $GLOBALS['wp_filter'] );
		$scripts               = wp_scripts();
		$GLOBALS['wp_scripts'] = new \WP_Scripts();
		try {
			remove_all_actions( 'wp_enqueue_scripts' );
			$this->module->register();
			$this->module->public_config();
			do_action( 'wp_enqueue_scripts' );
			ob_start();
			wp_print_scripts();
			$this->assertStringNotContainsString( 'sale-notification', (string) ob_get_clean() );
			$this->assertSame( array(), $this->fake->order_flags );
		} finally {
			$GLOBALS['wp_filter']  = $hooks;
			$GLOBALS['wp_scripts'] = $scripts;
		}
	}
}
