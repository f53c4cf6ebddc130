<?php
/**
 * Orders through the port in both of WooCommerce's order storages.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use Automattic\WooCommerce\Utilities\OrderUtil;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Switches the authoritative storage with WooCommerce's own option (its data store filter reads it on
 * every load, and the option change flushes its order cache) and turns compatibility sync off, so an order
 * written now exists in that storage only: the port must find it there, and write its flags there.
 */
final class OrderStorageTest extends TestCase {

	/** @return array<string, array{bool}> */
	public static function storages(): array {
		return array(
			'HPOS'  => array( true ),
			'posts' => array( false ),
		);
	}

	/** @dataProvider storages */
	public function test_a_new_paid_order_is_read_from_the_authoritative_storage( bool $hpos ): void {
		$this->use_storage( $hpos );
		$store = new WooCommerceStore();
		$id    = $this->paid_order( 4 );
		$this->assertSame( $hpos, $this->order_row_exists( $id, 'wc_orders' ), 'HPOS row' );
		$this->assertSame( ! $hpos, $this->order_row_exists( $id, 'posts' ), 'posts row' );

		$order = $store->order( $id );
		$this->assertSame( array( $id, 'completed', 4 ), array( $order['id'], $order['status'], $order['customer_id'] ) );
		$this->assertEqualsWithDelta( (float) wc_get_order( $id )->get_total(), $order['total'], 0.001 );
		$this->assertGreaterThan( 0.0, $order['total'], 'two hoodies' );
	}

	/** @dataProvider storages */
	public function test_an_order_flag_is_stored_in_the_authoritative_storage_and_holds_on_a_fresh_read( bool $hpos ): void {
		$this->use_storage( $hpos );
		$this->assertTrue( ( new WooCommerceStore() )->mark_order_once( 218, '_commerce_bridge_contract' ) );
		wp_cache_flush();
		$this->assertFalse( ( new WooCommerceStore() )->mark_order_once( 218, '_commerce_bridge_contract' ) );
		$this->assertSame( $hpos, $this->meta_row_exists( 218, 'wc_orders_meta', 'order_id' ), 'HPOS meta' );
		$this->assertSame( ! $hpos, $this->meta_row_exists( 218, 'postmeta', 'post_id' ), 'posts meta' );
	}

	/** @dataProvider storages */
	public function test_a_flag_another_request_set_after_this_one_loaded_the_order_counts( bool $hpos ): void {
		$this->use_storage( $hpos );
		$this->assertSame( '', wc_get_order( 218 )->get_meta( '_commerce_bridge_contract' ), 'this request has read the order' );
		$this->store_flag_as_another_request( 218, $hpos );
		$this->assertFalse( ( new WooCommerceStore() )->mark_order_once( 218, '_commerce_bridge_contract' ) );
	}

	/** @dataProvider storages */
	public function test_a_fixture_order_reads_the_same_in_either_storage( bool $hpos ): void {
		$this->use_storage( $hpos );
		$order    = ( new WooCommerceStore() )->order( 260 );
		$expected = FixtureFacts::order( 260 );
		$this->assertSame( array( $expected['id'], $expected['status'], $expected['email'], $expected['created'] ), array( $order['id'], $order['status'], $order['email'], $order['created'] ) );
		$this->assertNull( ( new WooCommerceStore() )->order( 139 ), 'a refund is not an order' );
	}

	/**
	 * Makes $hpos's storage authoritative, compatibility sync off.
	 *
	 * @param bool $hpos HPOS tables (true) or posts (false).
	 */
	private function use_storage( bool $hpos ): void {
		update_option( 'woocommerce_custom_orders_table_data_sync_enabled', 'no' );
		update_option( 'woocommerce_custom_orders_table_enabled', $hpos ? 'yes' : 'no' );
		$this->assertSame( $hpos, OrderUtil::custom_orders_table_usage_is_enabled() );
	}

	/**
	 * A completed order of one hoodie variation ×2, made with WooCommerce's order API.
	 *
	 * @param int $user_id Customer.
	 */
	private function paid_order( int $user_id ): int {
		$order = wc_create_order( array( 'customer_id' => $user_id ) );
		$order->add_product( wc_get_product( 29 ), 2 );
		$order->calculate_totals();
		$order->set_status( 'completed' );
		$order->save();
		return $order->get_id();
	}

	private function order_row_exists( int $id, string $table ): bool {
		global $wpdb;
		$query = 'posts' === $table
			? $wpdb->prepare( 'SELECT ID FROM %i WHERE ID = %d AND post_type = %s', $wpdb->posts, $id, 'shop_order' )
			: $wpdb->prepare( 'SELECT id FROM %i WHERE id = %d', $wpdb->prefix . $table, $id );
		return null !== $wpdb->get_var( $query );
	}

	/**
	 * The flag as a concurrent request commits it: a row in the storage's meta table, unknown to this
	 * request's caches.
	 *
	 * @param int  $id   Order id.
	 * @param bool $hpos Which storage is authoritative.
	 */
	private function store_flag_as_another_request( int $id, bool $hpos ): void {
		global $wpdb;
		$wpdb->insert(
			$hpos ? $wpdb->prefix . 'wc_orders_meta' : $wpdb->postmeta,
			array(
				$hpos ? 'order_id' : 'post_id' => $id,
				'meta_key'                     => '_commerce_bridge_contract',
				'meta_value'                   => gmdate( 'c' ),
			)
		);
	}

	private function meta_row_exists( int $id, string $table, string $column ): bool {
		global $wpdb;
		return null !== $wpdb->get_var(
			$wpdb->prepare( 'SELECT meta_key FROM %i WHERE %i = %d AND meta_key = %s', $wpdb->prefix . $table, $column, $id, '_commerce_bridge_contract' )
		);
	}
}
