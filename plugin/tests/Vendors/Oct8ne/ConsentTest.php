<?php
/**
 * oct8ne's server-side work for a visitor follows consent.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Consent\ConsentSettings;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\Oct8ne\RealtimeUpdate;
use CommerceBridge\Vendors\Oct8ne\SaleAttribution;

/**
 * With oct8ne's cookies present (a visitor who once consented), nothing reaches oct8ne or the order
 * while consent is not granted now, or while a theme vetoes oct8ne.
 */
final class ConsentTest extends TestCase {

	private Oct8neModule $module;

	/** @var list<string> URLs WordPress was asked to request. */
	private array $requests = array();

	protected function setUp(): void {
		parent::setUp();
		$store        = $this->use_store( new FakeStore() );
		$this->module = new Oct8neModule( $store, new EventQueue( $store ) );
		$this->module->update( array( 'enabled' => true ) );
		$_COOKIE['oct8ne-visitor'] = 'v1';
		$_COOKIE['oct8ne-session'] = 'sess-1';
		add_filter( 'pre_http_request', array( $this, 'capture' ), 99, 3 );
	}

	protected function tearDown(): void {
		remove_filter( 'pre_http_request', array( $this, 'capture' ), 99 );
		remove_all_filters( VendorConsent::FILTER );
		unset( $_COOKIE['oct8ne-visitor'], $_COOKIE['oct8ne-session'] );
		parent::tearDown();
	}

	/**
	 * Answers every outgoing request without sending it.
	 *
	 * @param mixed  $preempt Earlier answer.
	 * @param array  $args    Request arguments.
	 * @param string $url     URL.
	 */
	public function capture( $preempt, array $args, string $url ): array {
		$this->requests[] = $url;
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

	public function test_updates_and_the_orders_chat_session_wait_for_consent(): void {
		ConsentSettings::set_required( true );
		( new RealtimeUpdate( $this->module ) )->notify( 'cart' );
		( new SaleAttribution( $this->module ) )->record( 9101 );
		$this->assertSame( array(), $this->requests );
		$this->assertSame( array(), $this->sessions( 9101 ) );

		ConsentSettings::set_required( false );
		( new RealtimeUpdate( $this->module ) )->notify( 'cart' );
		( new SaleAttribution( $this->module ) )->record( 9101 );
		$this->assertCount( 1, $this->requests );
		$this->assertSame( array( 'sess-1' ), $this->sessions( 9101 ) );
	}

	public function test_a_theme_veto_for_server_side_work_stops_both(): void {
		add_filter( VendorConsent::FILTER, static fn ( bool $allowed, string $vendor, string $context ): bool => VendorConsent::EVENTS !== $context, 10, 3 );
		( new RealtimeUpdate( $this->module ) )->notify( 'user' );
		( new SaleAttribution( $this->module ) )->record( 9102 );
		$this->assertSame( array(), $this->requests );
		$this->assertSame( array(), $this->sessions( 9102 ) );
	}

	/** @return list<string> chat sessions recorded with the order. */
	private function sessions( int $order_id ): array {
		global $wpdb;
		return $wpdb->get_col( $wpdb->prepare( 'SELECT session_id FROM %i WHERE order_id = %d', Tables::name( Tables::OCT8NE_SESSIONS ), $order_id ) );
	}
}
