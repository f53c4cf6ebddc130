<?php
/**
 * The one family of shopper routes: one prefix, one base, reads that never write the session.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Frontend;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\ShopperRoute;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Tests\WooCommerce\Requests;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\Shopper;

/**
 * Every route the storefront asks about the shopper after page load, as the plugin registers them.
 */
final class ShopperRoutesTest extends TestCase {

	private const PREFIX = '/commerce-bridge/v1/shopper/';

	/** @return array<string, ShopperRoute> Route => its handler, for every ShopperRoute of commerce-bridge/v1. */
	private static function shopper_routes(): array {
		do_action( 'rest_api_init', rest_get_server() );
		$found = array();
		foreach ( rest_get_server()->get_routes( 'commerce-bridge/v1' ) as $route => $handlers ) {
			$callback = $handlers[0]['callback'] ?? null;
			if ( is_array( $callback ) && $callback[0] instanceof ShopperRoute ) {
				$found[ $route ] = $callback[0];
			}
		}
		return $found;
	}

	public function test_every_shopper_route_is_below_shopper_on_the_one_base(): void {
		$routes = self::shopper_routes();
		$paths  = array_keys( $routes );
		sort( $paths );
		$this->assertSame( array( self::PREFIX . 'bambuser-customer', self::PREFIX . 'belco-widget', self::PREFIX . 'order-placed' ), $paths, 'every ShopperRoute, and only below shopper/' );
		foreach ( rest_get_server()->get_routes( 'commerce-bridge/v1' ) as $route => $handlers ) {
			if ( str_starts_with( $route, self::PREFIX ) ) {
				$this->assertSame( array( $routes[ $route ] ?? null, 'permission' ), $handlers[0]['permission_callback'], "$route: the base's permission" );
			}
		}
		foreach ( array( '/commerce-bridge/v1/belco/widget', '/commerce-bridge/v1/bambuser/shopper' ) as $former ) {
			$this->assertArrayNotHasKey( $former, rest_get_server()->get_routes( 'commerce-bridge/v1' ), 'replaced by the shopper family' );
		}
	}

	public function test_a_read_ends_without_woocommerces_session_writers_whoever_started_the_session(): void {
		$requests = new Requests();
		try {
			// A page-like request: WooCommerce itself loaded the session and hooked its shutdown writers.
			$requests->page( 0, 't_172b68a7e2f4c9dcf34f79013961ad' );
			$store = $this->use_store( new FakeStore() );
			$route = new Shopper( new BambuserModule( $store, new EventQueue( $store ) ), new ShopperFacts( $store, new SidecarClient( 'http://127.0.0.1:9' ) ) );
			$this->assertNotFalse( has_action( 'shutdown', array( WC()->session, 'save_data' ) ) );
			update_option( 'commerce_bridge_bambuser', array( 'enabled' => true ) + (array) get_option( 'commerce_bridge_bambuser', array() ) );
			$this->assertSame( 200, $route->answer( new \WP_REST_Request( 'GET', '/' ) )->get_status() );
			$this->assertFalse( has_action( 'shutdown', array( WC()->session, 'save_data' ) ), 'the session is not saved' );
			$this->assertFalse( has_action( 'shutdown', array( WC()->customer, 'save' ) ), 'nor the customer into it' );
		} finally {
			$requests->restore();
		}
	}
}
