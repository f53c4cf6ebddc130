<?php
/**
 * oct8ne real-time widget updates from the server.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\OwnEmitter;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\GuestWishlistMerge;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\RealtimeUpdate;

/**
 * Fires WooCommerce's cart hooks and wp_login through the commerce events (Events\Emitter) and intercepts
 * the outgoing requests with pre_http_request.
 */
final class RealtimeUpdateTest extends TestCase {

	use OwnEmitter;

	/** @var list<array{url: string, args: array}> */
	private array $requests = array();

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'pre_http_request', array( $this, 'capture' ), 99, 3 );
		$store  = $this->use_store( new FakeStore() );
		$module = new Oct8neModule( $store, new EventQueue( $store ) );
		// Only this test's emitter may answer the hooks (the plugin's own one is registered too).
		$this->own_emitter( $store, array( array( $module, new RealtimeUpdate( $module ) ) ) );
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true ) );
	}

	protected function tearDown(): void {
		remove_filter( 'pre_http_request', array( $this, 'capture' ), 99 );
		$this->restore_signals();
		unset( $_COOKIE['oct8ne-visitor'], $_SERVER['HTTP_X_REQUESTED_WITH'] );
		parent::tearDown();
	}

	public function capture( $preempt, array $args, string $url ): array {
		$this->requests[] = compact( 'url', 'args' );
		return array(
			'headers'  => array(),
			'body'     => '',
			'response' => array(
				'code'    => 200,
				'message' => 'OK',
			),
			'cookies'  => array(),
		);
	}

	public function test_a_cart_change_posts_the_update_without_blocking_when_the_visitor_cookie_is_set(): void {
		$_COOKIE['oct8ne-visitor'] = 'a1b2-c3d4';
		do_action( 'woocommerce_add_to_cart', 'key', 14, 1, 0, array(), array() );
		$this->assertCount( 1, $this->requests );
		$this->assertSame( 'https://backoffice-eu.oct8ne.com/platformConnection/update?visitor=a1b2-c3d4&what=cart', $this->requests[0]['url'] );
		$this->assertSame( 'POST', $this->requests[0]['args']['method'] );
		$this->assertFalse( $this->requests[0]['args']['blocking'] );
		$this->assertLessThanOrEqual( 1, $this->requests[0]['args']['timeout'] );
	}

	public function test_nothing_is_sent_without_the_cookie_or_with_a_malformed_one(): void {
		do_action( 'woocommerce_cart_item_removed', 'key', null );
		$_COOKIE['oct8ne-visitor'] = '';
		do_action( 'woocommerce_cart_item_removed', 'key', null );
		$_COOKIE['oct8ne-visitor'] = 'x&what=user';
		do_action( 'woocommerce_cart_item_removed', 'key', null );
		$this->assertSame( array(), $this->requests );
	}

	public function test_nothing_is_sent_while_oct8ne_is_disabled(): void {
		$_COOKIE['oct8ne-visitor'] = 'v1';
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => false ) );
		do_action( 'woocommerce_add_to_cart', 'key', 14, 1, 0, array(), array() );
		$this->assertSame( array(), $this->requests );
	}

	public function test_us_accounts_use_the_configured_or_regional_server_and_login_reports_the_user(): void {
		$_COOKIE['oct8ne-visitor'] = 'v1';
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled' => true,
				'region'  => 'us',
			)
		);
		do_action( 'wp_login', 'sanne.devries', get_user_by( 'id', 2 ) );
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled' => true,
				'server'  => 'eu2.oct8ne.example/',
			)
		);
		do_action( 'woocommerce_after_cart_item_quantity_update', 'key', 2, 1, null );
		$this->assertSame(
			array(
				'https://backoffice.oct8ne.com/platformConnection/update?visitor=v1&what=user',
				'https://eu2.oct8ne.example/platformConnection/update?visitor=v1&what=cart',
			),
			array_column( $this->requests, 'url' )
		);
	}

	public function test_a_live_cart_change_is_left_to_the_widget_so_it_reaches_oct8ne_once(): void {
		$_COOKIE['oct8ne-visitor']        = 'v1';
		$_SERVER['HTTP_X_REQUESTED_WITH'] = 'XMLHttpRequest';
		do_action( 'woocommerce_add_to_cart', 'key', 14, 1, 0, array(), array() );
		add_filter( 'wp_doing_ajax', '__return_true' );
		do_action( 'woocommerce_after_cart_item_quantity_update', 'key', 2, 1, null );
		remove_filter( 'wp_doing_ajax', '__return_true' );
		$this->assertSame( array(), $this->requests, 'the storefront bundle calls oct8ne.update(\'cart\') for it' );
		do_action( 'wp_login', 'sanne.devries', get_user_by( 'id', 2 ) );
		$this->assertSame( array( 'https://backoffice-eu.oct8ne.com/platformConnection/update?visitor=v1&what=user' ), array_column( $this->requests, 'url' ) );
	}

	public function test_one_update_per_kind_and_request(): void {
		$_COOKIE['oct8ne-visitor'] = 'v1';
		do_action( 'woocommerce_add_to_cart', 'key', 14, 1, 0, array(), array() );
		do_action( 'woocommerce_after_cart_item_quantity_update', 'key', 2, 1, null );
		$this->assertCount( 1, $this->requests );
	}

	public function test_logout_reports_the_user_and_a_wishlist_change_the_wishlist(): void {
		$_COOKIE['oct8ne-visitor'] = 'v2';
		do_action( 'wp_logout', 21 );
		do_action( GuestWishlistMerge::CHANGED, 21 );
		$this->assertSame(
			array(
				'https://backoffice-eu.oct8ne.com/platformConnection/update?visitor=v2&what=user',
				'https://backoffice-eu.oct8ne.com/platformConnection/update?visitor=v2&what=wishlist',
			),
			array_column( $this->requests, 'url' )
		);
		$this->assertFalse( $this->requests[1]['args']['blocking'] );
	}

	public function test_yith_wishlist_adds_and_removals_report_the_wishlist_once_per_request(): void {
		$_COOKIE['oct8ne-visitor'] = 'v3';
		do_action( 'yith_wcwl_added_to_wishlist', 14, 1, 21 );
		do_action( 'yith_wcwl_removed_from_wishlist', 16, 1, 21 );
		$this->assertSame( array( 'https://backoffice-eu.oct8ne.com/platformConnection/update?visitor=v3&what=wishlist' ), array_column( $this->requests, 'url' ) );
	}

	public function test_no_wishlist_update_without_the_visitor_cookie(): void {
		do_action( GuestWishlistMerge::CHANGED, 21 );
		do_action( 'wp_logout', 21 );
		$this->assertSame( array(), $this->requests );
	}
}
