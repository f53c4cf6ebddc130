<?php
/**
 * A guest's oct8ne wishlist follows them into their account, into Commerce Bridge's table or YITH's.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Install\Tables;
use CommerceBridge\Vendors\Oct8ne\GuestWishlistMerge;
use CommerceBridge\Vendors\Oct8ne\WishlistEngine;

/**
 * Fires WooCommerce's `woocommerce_guest_session_to_user_id` as its session handler does on the first
 * request after a login, answered by the plugin's own registered hook. Creates YITH WooCommerce Wishlist's
 * two tables (columns as YITH creates them; YITH itself cannot be installed here) and drops them again:
 * DDL, so no transaction; every test removes its own rows.
 */
final class GuestWishlistMergeTest extends \PHPUnit\Framework\TestCase {

	private const GUEST = 't_e2e0c8ne0guest0000000000000001';
	private const USER  = 21;

	private int $changed = 0;

	protected function setUp(): void {
		$this->clean();
		add_action( GuestWishlistMerge::CHANGED, array( $this, 'count_change' ) );
	}

	protected function tearDown(): void {
		remove_action( GuestWishlistMerge::CHANGED, array( $this, 'count_change' ) );
		remove_all_filters( 'commerce_bridge_oct8ne_wishlist' );
		self::drop_yith();
		$this->clean();
		delete_option( WishlistEngine::OPTION );
	}

	public function count_change(): void {
		++$this->changed;
	}

	public function test_the_guests_items_join_the_customers_once_and_the_guest_rows_are_deleted(): void {
		$this->wish( 'user', (string) self::USER, array( 14 ) );
		$this->wish( 'session', self::GUEST, array( 16, 14, 80 ) );
		do_action( 'woocommerce_guest_session_to_user_id', self::GUEST, (string) self::USER );
		$this->assertSame( array( 14, 16, 80 ), $this->own( 'user', (string) self::USER ) );
		$this->assertSame( array(), $this->own( 'session', self::GUEST ) );
		$this->assertSame( 1, $this->changed, 'oct8ne hears of the new items once' );
	}

	public function test_a_guest_without_items_or_a_malformed_key_changes_nothing(): void {
		$this->wish( 'user', (string) self::USER, array( 14 ) );
		do_action( 'woocommerce_guest_session_to_user_id', self::GUEST, (string) self::USER );
		do_action( 'woocommerce_guest_session_to_user_id', "x' OR 1=1", (string) self::USER );
		do_action( 'woocommerce_guest_session_to_user_id', self::GUEST, '0' );
		$this->assertSame( array( 14 ), $this->own( 'user', (string) self::USER ) );
		$this->assertSame( 0, $this->changed );
	}

	public function test_with_yith_in_use_the_items_go_into_the_customers_default_yith_list(): void {
		global $wpdb;
		self::create_yith();
		add_filter( 'commerce_bridge_oct8ne_wishlist', static fn () => WishlistEngine::YITH );
		$wpdb->insert( $wpdb->prefix . 'yith_wcwl_lists', array( 'user_id' => self::USER, 'wishlist_slug' => 'gifts', 'wishlist_token' => 'GIFTS0000001', 'is_default' => 0 ) );
		$this->wish( 'session', self::GUEST, array( 16, 80 ) );
		do_action( 'woocommerce_guest_session_to_user_id', self::GUEST, (string) self::USER );
		$list = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT ID FROM %i WHERE user_id = %d AND is_default = 1', $wpdb->prefix . 'yith_wcwl_lists', self::USER ) );
		$this->assertGreaterThan( 0, $list, 'a default list is created as YITH would' );
		$this->assertSame( array( 16, 80 ), $this->yith_items( $list ) );
		$this->assertSame( array(), $this->own( 'session', self::GUEST ) );
		$this->assertSame( array(), $this->own( 'user', (string) self::USER ), 'nothing lands in Commerce Bridge\'s table' );

		$this->wish( 'session', self::GUEST, array( 80, 14 ) );
		do_action( 'woocommerce_guest_session_to_user_id', self::GUEST, (string) self::USER );
		$this->assertSame( array( 16, 80, 14 ), $this->yith_items( $list ), 'the same default list, each product once' );
		$this->assertSame( 2, $this->changed );
	}

	public function test_the_engine_is_yith_only_while_its_tables_exist_and_is_published_for_the_sidecar(): void {
		$this->assertSame( WishlistEngine::OWN, WishlistEngine::current(), 'YITH is not loaded here' );
		add_filter( 'commerce_bridge_oct8ne_wishlist', static fn () => WishlistEngine::YITH );
		$this->assertSame( WishlistEngine::OWN, WishlistEngine::current(), 'no YITH tables' );
		self::create_yith();
		do_action( 'activated_plugin', 'yith-woocommerce-wishlist/init.php' );
		$this->assertSame( WishlistEngine::YITH, get_option( WishlistEngine::OPTION ) );
		add_filter( 'commerce_bridge_oct8ne_wishlist', static fn () => 'something-else', 20 );
		do_action( 'deactivated_plugin', 'yith-woocommerce-wishlist/init.php' );
		$this->assertSame( WishlistEngine::OWN, get_option( WishlistEngine::OPTION ), 'an unknown engine falls back to our own' );
	}

	/**
	 * Inserts wishlist rows.
	 *
	 * @param string    $type Owner type.
	 * @param string    $key  Owner key.
	 * @param list<int> $ids  Products.
	 */
	private function wish( string $type, string $key, array $ids ): void {
		global $wpdb;
		foreach ( $ids as $id ) {
			$wpdb->insert( Tables::name( Tables::WISHLIST ), array( 'owner_type' => $type, 'owner_key' => $key, 'product_id' => $id, 'created_at' => '2026-12-01 10:00:00' ) );
		}
	}

	/** @return list<int> */
	private function own( string $type, string $key ): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT product_id FROM %i WHERE owner_type = %s AND owner_key = %s ORDER BY id', Tables::name( Tables::WISHLIST ), $type, $key ) ) );
	}

	/** @return list<int> */
	private function yith_items( int $list ): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT prod_id FROM %i WHERE wishlist_id = %d ORDER BY ID', $wpdb->prefix . 'yith_wcwl', $list ) ) );
	}

	private function clean(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE (owner_type = %s AND owner_key = %s) OR (owner_type = %s AND owner_key = %s)', Tables::name( Tables::WISHLIST ), 'session', self::GUEST, 'user', (string) self::USER ) );
	}

	private static function create_yith(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'CREATE TABLE IF NOT EXISTS %i (ID bigint(20) NOT NULL AUTO_INCREMENT, prod_id bigint(20) NOT NULL, quantity int(11) NOT NULL, user_id bigint(20) DEFAULT NULL, wishlist_id bigint(20) DEFAULT NULL, position int(11) DEFAULT 0, original_price decimal(9,3) DEFAULT NULL, original_currency char(3) DEFAULT NULL, dateadded timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, on_sale tinyint(4) NOT NULL DEFAULT 0, PRIMARY KEY (ID), KEY prod_id (prod_id))', $wpdb->prefix . 'yith_wcwl' ) );
		$wpdb->query( $wpdb->prepare( 'CREATE TABLE IF NOT EXISTS %i (ID bigint(20) NOT NULL AUTO_INCREMENT, user_id bigint(20) DEFAULT NULL, session_id varchar(255) DEFAULT NULL, wishlist_slug varchar(200) NOT NULL, wishlist_name text, wishlist_token varchar(64) NOT NULL, wishlist_privacy tinyint(1) NOT NULL DEFAULT 0, is_default tinyint(1) NOT NULL DEFAULT 0, dateadded timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, expiration timestamp NULL DEFAULT NULL, PRIMARY KEY (ID), UNIQUE KEY wishlist_token (wishlist_token), KEY wishlist_slug (wishlist_slug))', $wpdb->prefix . 'yith_wcwl_lists' ) );
	}

	private static function drop_yith(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DROP TABLE IF EXISTS %i, %i', $wpdb->prefix . 'yith_wcwl', $wpdb->prefix . 'yith_wcwl_lists' ) );
	}
}
