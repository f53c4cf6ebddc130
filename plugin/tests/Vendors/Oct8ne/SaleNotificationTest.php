<?php
/**
 * oct8ne's sale-notification script on the order-received page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\SaleNotification;

/**
 * Renders the enqueued script through WordPress's real script printer.
 */
final class SaleNotificationTest extends TestCase {

	private FakeStore $fake;

	private SaleNotification $notification;

	protected function setUp(): void {
		parent::setUp();
		$this->fake                = new FakeStore();
		$this->fake->order_id      = 501;
		$this->fake->orders[501]   = array(
			'id'          => 501,
			'number'      => 'NL-501',
			'currency'    => 'EUR',
			'total'       => 1234.5,
			'customer_id' => 7,
		);
		$store                     = $this->use_store( $this->fake );
		$this->notification        = new SaleNotification( new Oct8neModule( $store, new EventQueue( $store ) ), $store );
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled' => true,
				'license' => '3BDFF5329C414EBCB116CCE1CE1AD807',
			)
		);
	}

	protected function tearDown(): void {
		wp_dequeue_script( SaleNotification::HANDLE );
		wp_deregister_script( SaleNotification::HANDLE );
		remove_filter( 'wp_script_attributes', array( $this->notification, 'element_id' ) );
		parent::tearDown();
	}

	public function test_the_script_carries_the_orders_values_and_oct8nes_element_id(): void {
		$this->notification->register();
		$this->notification->enqueue();
		ob_start();
		wp_print_scripts( SaleNotification::HANDLE );
		$html = (string) ob_get_clean();
		$this->assertSame( 1, substr_count( $html, '<script' ) );
		$this->assertStringContainsString( 'id="oct8ne-sale-notification"', $html );
		$this->assertMatchesRegularExpression( '#src="https://static-eu\.oct8ne\.com/api/source/js/ext/sale-notification\.js\?([^"]+)"#', $html );
		preg_match( '#sale-notification\.js\?([^"]+)"#', $html, $match );
		parse_str( html_entity_decode( $match[1] ), $query );
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

	public function test_a_second_view_of_the_same_order_gets_no_script(): void {
		$this->assertNotSame( '', $this->notification->script_url() );
		$this->assertSame( '', $this->notification->script_url() );
		$this->assertArrayHasKey( '501:' . SaleNotification::FLAG, $this->fake->order_flags );
	}

	public function test_guests_get_no_customer_id_and_values_are_url_encoded(): void {
		$this->fake->orders[501]['customer_id'] = 0;
		$this->fake->orders[501]['number']      = 'A&B #1';
		$url                                    = $this->notification->script_url();
		$this->assertStringNotContainsString( 'customerId', $url );
		$this->assertStringContainsString( 'reference=A%26B%20%231', $url );
	}

	public function test_no_script_off_the_order_page_without_license_or_while_disabled(): void {
		$this->fake->order_id = 0;
		$this->assertSame( '', $this->notification->script_url() );
		$this->fake->order_id = 501;
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true ) );
		$this->assertSame( '', $this->notification->script_url() );
		update_option( 'commerce_bridge_oct8ne', array( 'license' => 'L' ) );
		$this->assertSame( '', $this->notification->script_url() );
		$this->assertSame( array(), $this->fake->order_flags, 'nothing is marked as reported' );
	}
}
