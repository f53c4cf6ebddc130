<?php
/**
 * Once-only order flags under WooCommerce's compatibility sync (the fixture store's setting).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Each vendor claims an order in a request of its own (Events\OrderPlacedRoute), at the same time. A
 * claim saves its flag into the order tables first and into the posts copy a moment later; a request that
 * reads the order in between must not copy the posts record back over the order tables, or the flag is
 * lost and the vendor is sent the order again.
 */
final class OnceFlagSyncTest extends TestCase {

	private const FLAG = '_commerce_bridge_contract';

	public function test_reading_the_order_key_leaves_a_claim_in_progress_standing(): void {
		$this->assertSame( 'yes', get_option( 'woocommerce_custom_orders_table_data_sync_enabled' ), 'fixture: compatibility sync on' );
		global $wpdb;
		// Another request's claim, half done: in the order tables, not yet in the posts copy.
		$wpdb->insert( $wpdb->prefix . 'wc_orders_meta', array( 'order_id' => 218, 'meta_key' => self::FLAG, 'meta_value' => gmdate( 'c' ) ) );
		wp_cache_flush();
		$this->assertSame( FixtureFacts::order_key( 218 ), ( new WooCommerceStore() )->order_key( 218 ) );
		$this->assertSame( 1, self::rows( 'wc_orders_meta', 'order_id' ) );
		$this->assertFalse( ( new WooCommerceStore() )->mark_order_once( 218, self::FLAG ), 'the order stays claimed' );
	}

	public function test_a_claim_writes_its_flag_into_both_copies_without_a_full_order_save(): void {
		$saves = did_action( 'woocommerce_update_order' );
		$this->assertTrue( ( new WooCommerceStore() )->mark_order_once( 218, self::FLAG ) );
		$this->assertSame( $saves, did_action( 'woocommerce_update_order' ), 'no full save from this request\'s copy of the order' );
		foreach ( array( 'wc_orders_meta' => 'order_id', 'postmeta' => 'post_id' ) as $table => $column ) {
			$this->assertSame( 1, self::rows( $table, $column ), $table );
		}
	}

	/**
	 * FLAG's rows of order 218 in a meta table.
	 *
	 * @param string $table  Table below the prefix.
	 * @param string $column Its order id column.
	 */
	private static function rows( string $table, string $column ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE %i = %d AND meta_key = %s', $wpdb->prefix . $table, $column, 218, self::FLAG ) );
	}
}
