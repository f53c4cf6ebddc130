<?php
/**
 * Store pages through the port on real WooCommerce: page URLs, the order-received check, current objects.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Pages are visited by letting WordPress parse and query a real storefront URL (WP::parse_request() and
 * WP::query_posts(), as WP::main() does), so WooCommerce's rewrite endpoints and conditionals apply.
 */
final class StorePagesTest extends TestCase {

	private array $get;

	private string $uri;

	protected function setUp(): void {
		parent::setUp();
		$this->get = $_GET;
		$this->uri = $_SERVER['REQUEST_URI'];
	}

	protected function tearDown(): void {
		$_GET                      = $this->get;
		$_SERVER['REQUEST_URI']    = $this->uri;
		$GLOBALS['wp']->query_vars = array();
		$GLOBALS['wp_query']       = $GLOBALS['wp_the_query'];
		$GLOBALS['wp_the_query']->init();
		unset( $GLOBALS['post'] );
		parent::tearDown();
	}

	public function test_page_urls_are_woocommerces_pages(): void {
		$store = new WooCommerceStore();
		foreach ( array( 'cart', 'checkout', 'myaccount', 'shop' ) as $page ) {
			$this->assertSame( get_permalink( wc_get_page_id( $page ) ), $store->page_url( $page ), $page );
		}
		$this->assertStringStartsWith( $store->page_url( 'order_received' ), wc_get_order( 218 )->get_checkout_order_received_url() );
	}

	public function test_the_order_received_page_names_its_order_only_with_the_orders_key(): void {
		$url = wc_get_order( 218 )->get_checkout_order_received_url();
		$this->visit( $url );
		$this->assertTrue( is_order_received_page(), 'fixture: the URL is the order-received endpoint' );
		$this->assertSame( 218, ( new WooCommerceStore() )->received_order_id() );

		$this->visit( add_query_arg( 'key', 'wc_order_wrong', $url ) );
		$this->assertSame( 0, ( new WooCommerceStore() )->received_order_id(), 'wrong key' );
		$this->visit( remove_query_arg( 'key', $url ) );
		$this->assertSame( 0, ( new WooCommerceStore() )->received_order_id(), 'no key' );
	}

	public function test_a_product_page_and_a_category_archive_name_their_object(): void {
		$this->visit( (string) get_permalink( 14 ) );
		$store = new WooCommerceStore();
		$this->assertSame( 14, $store->current_product_id() );
		$this->assertSame( 0, $store->current_category_id() );
		$this->assertSame( 0, $store->received_order_id() );

		$category = FixtureFacts::category_ids( 14 )[0];
		$link     = get_term_link( $category, 'product_cat' );
		$this->assertIsString( $link, is_wp_error( $link ) ? $link->get_error_message() : '' );
		$this->visit( $link );
		$this->assertSame( $category, $store->current_category_id() );
		$this->assertSame( 0, $store->current_product_id() );
	}

	/**
	 * Makes $url the current request's URL and runs WordPress's query for it.
	 *
	 * @param string $url A URL of this site.
	 */
	private function visit( string $url ): void {
		$parts                  = wp_parse_url( $url );
		$_SERVER['REQUEST_URI'] = $parts['path'] . ( isset( $parts['query'] ) ? '?' . $parts['query'] : '' );
		$_GET                   = array();
		parse_str( $parts['query'] ?? '', $_GET );
		$GLOBALS['wp']->query_vars = array();
		$GLOBALS['wp']->parse_request();
		$GLOBALS['wp']->query_posts();
		$GLOBALS['wp']->register_globals();
	}
}
