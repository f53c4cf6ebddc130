<?php
/**
 * No read of the port may make WooCommerce drop a session.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * A logged-in shopper's browser sends their WooCommerce session cookie with every request, also with a
 * REST call that carries no nonce (WordPress then treats it as nobody). WooCommerce destroys the session
 * such a cookie names as soon as something starts the session; the port must not be that something.
 */
final class SessionGuardTest extends TestCase {

	private Requests $requests;

	protected function setUp(): void {
		parent::setUp();
		$this->requests = new Requests();
	}

	protected function tearDown(): void {
		$this->requests->restore();
		parent::tearDown();
	}

	public function test_woocommerce_itself_drops_a_customer_session_started_under_their_cookie_while_logged_out(): void {
		$this->assertTrue( Requests::session_row_exists( '2' ), 'fixture: Sanne has a saved cart' );
		$this->requests->page( 0, '2' );
		$this->assertFalse( Requests::session_row_exists( '2' ), 'the hazard the port must not trigger' );
	}

	public function test_a_logged_out_rest_read_with_a_customers_cookie_keeps_their_session(): void {
		$this->requests->rest( 0, '2' );
		$store = new WooCommerceStore();
		$this->assertSame( array(), $store->cart_lines(), 'nobody is logged in: no cart to show' );
		$this->assertSame( '', $store->session_customer_key() );
		$this->assertSame( '', $store->session_copy(), 'no copy for the sidecar to read' );
		$this->assertTrue( Requests::session_row_exists( '2' ), "Sanne's saved cart survives" );
		$this->assertNull( WC()->session, 'no session was started' );
	}

	public function test_a_rest_read_by_another_customer_keeps_the_cookies_session(): void {
		$this->requests->rest( 2, '21' );
		$store = new WooCommerceStore();
		$this->assertSame( array(), $store->cart_lines() );
		$this->assertTrue( Requests::session_row_exists( '21' ), "Jonas's saved cart survives" );
	}

	public function test_a_rest_read_with_an_own_session_cookie_loads_that_cart(): void {
		$this->requests->rest( 21, '21' );
		$lines = ( new WooCommerceStore() )->cart_lines();
		$this->assertSame( FixtureFacts::cart_lines( '21' )[0]['key'], $lines[0]['key'] ?? null );
		$this->assertTrue( Requests::session_row_exists( '21' ) );
	}

	public function test_a_guest_rest_read_with_a_guest_cookie_loads_the_guest_cart(): void {
		$this->requests->rest( 0, 't_172b68a7e2f4c9dcf34f79013961ad' );
		$store = new WooCommerceStore();
		$this->assertSame( 't_172b68a7e2f4c9dcf34f79013961ad', $store->session_customer_key() );
		$this->assertCount( count( FixtureFacts::cart_lines( 't_172b68a7e2f4c9dcf34f79013961ad' ) ), $store->cart_lines() );
	}

	public function test_a_rest_read_with_an_expired_session_cookie_keeps_that_session(): void {
		$guest  = 't_172b68a7e2f4c9dcf34f79013961ad';
		$minter = new SessionCookieMinter();
		$this->requests->rest( 0 );
		$_COOKIE[ $minter->name() ] = $minter->mint( $guest, time() - 60 );
		$this->assertSame( array(), ( new WooCommerceStore() )->cart_lines() );
		$this->assertTrue( Requests::session_row_exists( $guest ), 'WooCommerce destroys it on a page view, not we' );
	}

	public function test_reading_the_cart_of_a_visitor_without_session_starts_none(): void {
		$this->requests->page( 0 );
		$this->assertSame( array(), ( new WooCommerceStore() )->cart_lines() );
		$this->assertFalse( WC()->session->has_session(), 'no cookie set, nothing to save at shutdown' );
		$this->requests->rest( 0 );
		$this->assertSame( array(), ( new WooCommerceStore() )->cart_lines() );
		$this->assertFalse( WC()->session->has_session() );
	}

	public function test_a_forged_cookie_is_no_session(): void {
		$this->requests->rest( 0 );
		$_COOKIE[ ( new SessionCookieMinter() )->name() ] = '2|' . ( time() + 3600 ) . '|' . ( time() + 1800 ) . '|forged';
		$store = new WooCommerceStore();
		$this->assertSame( '', $store->session_customer_key() );
		$this->assertSame( array(), $store->cart_lines() );
		$this->assertTrue( Requests::session_row_exists( '2' ) );
	}
}
