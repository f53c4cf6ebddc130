<?php
/**
 * What each Belco server call sends, and when, on real WooCommerce.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Vendors\Belco\Sync\DeliveryLog;
use CommerceBridge\Vendors\Belco\Sync\Payloads;

/**
 * Orders are made with wc_create_order() and moved with update_status(); users with wp_insert_user() and
 * removed with wp_delete_user(). The customer profile call is in SyncCustomerTest (it needs the sidecar).
 */
final class SyncCallsTest extends SyncTestCase {

	/**
	 * A new order of $customer (0: a guest with a billing e-mail).
	 *
	 * @param int $customer User id.
	 */
	private function order( int $customer ): \WC_Order {
		$order = wc_create_order( array( 'customer_id' => $customer ) );
		$order->set_billing_email( 'guest.sync@example.test' );
		$order->set_total( '42.50' );
		$order->save();
		return $order;
	}

	public function test_every_order_status_maps_to_its_own_event_or_to_none(): void {
		$orders = array();
		foreach ( array_keys( wc_get_order_statuses() ) as $status ) {
			$status            = substr( $status, 3 );
			$orders[ $status ] = $this->order( self::CUSTOMER );
			$orders[ $status ]->update_status( $status );
		}
		$this->run_queue();
		$sent = array();
		foreach ( $this->bodies() as $body ) {
			$sent[ $body['properties']['status'] ] = array( $body['event'], $body['properties']['orderId'] );
		}
		ksort( $sent );
		$this->assertSame(
			array(
				'cancelled' => array( 'Order Cancelled', $orders['cancelled']->get_order_number() ),
				'refunded'  => array( 'Order Refunded', $orders['refunded']->get_order_number() ),
			),
			$sent
		);
		$this->assertSame( array_unique( Payloads::ORDER_EVENTS ), Payloads::ORDER_EVENTS );
	}

	public function test_a_track_event_identifies_the_customer_by_its_scalar_id_and_is_signed(): void {
		$order = $this->order( self::CUSTOMER );
		$order->update_status( 'cancelled' );
		$this->run_queue();
		$request = self::$recorder->requests()[0];
		$body    = json_decode( $request['body'], true );
		$this->assertSame( '/v1/t', $request['path'] );
		$this->assertTrue( $request['signatureValid'] );
		$this->assertSame( array( 'id' => self::CUSTOMER ), $body['identity'] );
		$this->assertSame( 'track', $body['type'] );
		$this->assertSame( 42.5, $body['properties']['total'] );
		$this->assertSame( $order->get_date_created()->getTimestamp(), $body['properties']['date'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $body['sentAt'] );
	}

	public function test_a_guest_order_is_identified_by_its_billing_email(): void {
		$this->order( 0 )->update_status( 'refunded' );
		$this->run_queue();
		$this->assertSame( array( 'email' => 'guest.sync@example.test' ), $this->bodies()[0]['identity'] );
	}

	public function test_an_order_reports_each_event_once(): void {
		$order = $this->order( self::CUSTOMER );
		$order->update_status( 'cancelled' );
		$order->update_status( 'pending' );
		$order->update_status( 'cancelled' );
		$this->assertSame( array( 'order-cancelled' ), array_column( $this->log(), 'kind' ) );
	}

	public function test_nothing_is_queued_while_belco_is_disabled_or_has_no_secret(): void {
		update_option( 'commerce_bridge_belco', array( 'enabled' => false, 'shopId' => self::SHOP_ID ) );
		$this->order( self::CUSTOMER )->update_status( 'cancelled' );
		update_option( 'commerce_bridge_belco', array( 'enabled' => true, 'shopId' => self::SHOP_ID ) );
		update_option( 'commerce_bridge_belco_secrets', array( 'shopSecret' => '' ) );
		$this->order( self::CUSTOMER )->update_status( 'cancelled' );
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne V.' ) );
		$this->assertSame( array(), $this->log() );
	}

	public function test_deleting_a_customer_sends_its_id_and_deleting_staff_sends_nothing(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$customer = wp_insert_user( array( 'user_login' => 'sync-leaver', 'user_pass' => 'x-Pass-123', 'user_email' => 'leaver@example.test', 'role' => 'customer' ) );
		$manager  = wp_insert_user( array( 'user_login' => 'sync-manager', 'user_pass' => 'x-Pass-123', 'user_email' => 'manager@example.test', 'role' => 'shop_manager' ) );
		$this->forget_calls();
		wp_delete_user( $customer );
		wp_delete_user( $manager );
		$this->run_queue();
		$requests = self::$recorder->requests();
		$this->assertCount( 1, $requests );
		$this->assertSame( '/sync/customer/delete', $requests[0]['path'] );
		$this->assertSame( '{"id":' . $customer . '}', $requests[0]['body'] );
		$this->assertTrue( $requests[0]['signatureValid'] );
	}

	public function test_a_staff_profile_save_is_not_synced_and_a_customer_save_is_queued_once(): void {
		wp_update_user( array( 'ID' => self::ADMIN, 'display_name' => 'Boss' ) );
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne V.' ) );
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne de V.' ) );
		$rows = $this->log();
		$this->assertSame( array( array( 'customer', (string) self::CUSTOMER, DeliveryLog::QUEUED ) ), array_map( static fn ( $row ) => array( $row['kind'], $row['subject_id'], $row['status'] ), $rows ) );
		$this->assertSame( array(), self::$recorder->requests(), 'the profile save itself sends nothing' );
	}

	public function test_an_untried_call_older_than_an_hour_does_not_stand_in_for_a_new_one(): void {
		global $wpdb;
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne V.' ) );
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET created_at = %s', \CommerceBridge\Install\Tables::name( \CommerceBridge\Install\Tables::BELCO_DELIVERIES ), gmdate( 'Y-m-d H:i:s', time() - DeliveryLog::STALE - 60 ) ) );
		wp_update_user( array( 'ID' => self::CUSTOMER, 'display_name' => 'Sanne de V.' ) );
		$this->assertSame( array( 'customer', 'customer' ), array_column( $this->log(), 'kind' ) );
	}
}
