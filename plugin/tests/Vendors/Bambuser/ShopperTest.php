<?php
/**
 * GET commerce-bridge/v1/shopper/bambuser-customer: the customer data the agent sees, from the real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\Shopper;

/**
 * Sanne (fixture user 2) as WooCommerce knows her; only for a logged-in caller, only while sharing is on.
 */
final class ShopperTest extends TestCase {

	private const SANNE = 2;

	private static Sidecar $sidecar;

	private BambuserModule $module;
	private Shopper $shopper;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		$store         = $this->use_store( new FakeStore() );
		$this->module  = new BambuserModule( $store, new EventQueue( $store ) );
		$this->shopper = new Shopper( $this->module, new ShopperFacts( $store, new SidecarClient( self::$sidecar->url() ) ) );
		$this->module->update( array( 'enabled' => true ) );
	}

	public function test_a_logged_in_customer_is_shared_by_the_name_on_their_orders(): void {
		$customer = new \WC_Customer( self::SANNE );
		$this->assertNotSame( '', $customer->get_billing_first_name(), 'fixture: Sanne has billing names' );
		$this->assertSame(
			array(
				'externalId' => (string) self::SANNE,
				'firstName'  => $customer->get_billing_first_name(),
				'lastName'   => $customer->get_billing_last_name(),
				'email'      => $customer->get_email(),
			),
			$this->shopper->data( self::SANNE )
		);
	}

	public function test_nothing_is_shared_for_guests_or_while_sharing_is_off(): void {
		$this->assertSame( array(), $this->shopper->data( 0 ) );
		$this->module->update( array( 'shareShopper' => false ) );
		$this->assertSame( array(), $this->shopper->data( self::SANNE ) );
		$this->assertStringNotContainsString( '@', (string) wp_json_encode( $this->module->public_config() ) );
	}

	public function test_the_route_answers_the_caller_uncached_and_refuses_a_cookie_without_nonce(): void {
		$this->assertSame( '/shopper/bambuser-customer', $this->shopper->route() );
		$guest = $this->shopper->answer( new \WP_REST_Request( 'GET', '/' ) );
		$this->assertSame( '{}', wp_json_encode( $guest->get_data() ) );
		$this->assertSame( 'no-store, private', $guest->get_headers()['Cache-Control'] );
		wp_set_current_user( self::SANNE );
		$this->assertSame( ( new \WC_Customer( self::SANNE ) )->get_email(), $this->shopper->answer( new \WP_REST_Request( 'GET', '/' ) )->get_data()->email );
		wp_set_current_user( 0 );
		$GLOBALS['wp_rest_auth_cookie'] = true;
		try {
			$this->assertInstanceOf( \WP_Error::class, $this->shopper->answer( new \WP_REST_Request( 'GET', '/' ) ) );
		} finally {
			unset( $GLOBALS['wp_rest_auth_cookie'] );
		}
		$this->module->update( array( 'enabled' => false ) );
		$this->assertInstanceOf( \WP_Error::class, $this->shopper->answer( new \WP_REST_Request( 'GET', '/' ) ) );
	}
}
