<?php
/**
 * Bambuser's purchase report: the sidecar's event data, claimed once per order by the order-placed route.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Events\OrderPlacedRoute;
use CommerceBridge\Options;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\PurchaseReport;

/**
 * A fixture order with its real key against the real sidecar, an order the sidecar does not know, the
 * sidecar down; and the page build, which claims nothing any more (the bundle's request does).
 */
final class PurchaseReportTest extends TestCase {

	private const ORDER = 218;

	private static Sidecar $sidecar;

	private FakeStore $fake;
	private BambuserModule $module;

	public static function setUpBeforeClass(): void {
		// Committed before the sidecar starts: its Bambuser routes exist only while Bambuser is on.
		self::$sidecar = Sidecar::with_vendor( 'bambuser', array( 'enabled' => true ) );
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		$this->fake                             = new FakeStore();
		$this->fake->orders[ self::ORDER ]      = array(
			'id'          => self::ORDER,
			'number'      => (string) wc_get_order( self::ORDER )->get_order_number(),
			'customer_id' => 0,
		);
		$this->fake->order_keys[ self::ORDER ] = wc_get_order( self::ORDER )->get_order_key();
		$this->on_sidecar( self::$sidecar->url() );
		$store        = $this->use_store( $this->fake );
		$this->module = new BambuserModule( $store, new EventQueue( $store ) );
	}

	/**
	 * The site's sidecar (read when a module builds its report).
	 *
	 * @param string $url Sidecar URL.
	 */
	private function on_sidecar( string $url ): void {
		update_option( Options::SETTINGS, array( 'sidecarUrl' => $url ) + (array) get_option( Options::SETTINGS, array() ) );
	}

	/**
	 * The storefront's request for Bambuser's report, as the purchase bundle makes it.
	 *
	 * @param string|null $key The order key; null: the order's own.
	 */
	private function ask( ?string $key = null ): \WP_REST_Response {
		$route   = new OrderPlacedRoute( new Registry( $this->fake, new EventQueue( $this->fake ) ), $this->fake, new VendorConsent() );
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/order-placed' );
		$request->set_query_params(
			array(
				'vendor' => 'bambuser',
				'order'  => self::ORDER,
				'key'    => $key ?? $this->fake->order_keys[ self::ORDER ],
			)
		);
		return $route->answer( $request );
	}

	public function test_the_report_is_the_sidecars_purchase_event_of_the_order(): void {
		$order = wc_get_order( self::ORDER );
		$event = json_decode( (string) wp_json_encode( $this->module->order_report()->report( $this->fake->orders[ self::ORDER ] ) ), true );
		$this->assertSame( $order->get_order_number(), $event['purchase']['id'] );
		$this->assertSame( $order->get_currency(), $event['purchase']['currency'] );
		$this->assertCount( count( $order->get_items() ), $event['products'] );
	}

	public function test_it_is_claimed_under_the_flag_shops_have_stored_once_per_order(): void {
		$this->assertSame( '_commerce_bridge_bambuser_purchase', $this->module->order_report()->flag() );
		$first = $this->ask();
		$this->assertSame( 200, $first->get_status() );
		$this->assertSame( 'no-store, private', $first->get_headers()['Cache-Control'] );
		$this->assertSame( wc_get_order( self::ORDER )->get_order_number(), $first->get_data()['report']->purchase->id );
		$this->assertArrayHasKey( self::ORDER . ':' . PurchaseReport::FLAG, $this->fake->order_flags );
		$this->assertSame( array( 'report' => null ), $this->ask()->get_data(), 'a reload or a second tab' );
	}

	public function test_an_order_the_sidecar_does_not_know_reports_nothing_and_stays_unclaimed(): void {
		// The port and the sidecar disagree about the key (e.g. changed meanwhile): the sidecar answers 404.
		$this->fake->order_keys[ self::ORDER ] = 'wc_order_notthekey';
		$this->assertNull( $this->module->order_report()->report( $this->fake->orders[ self::ORDER ] ) );
		$this->assertSame( array( 'report' => null ), $this->ask()->get_data() );
		$this->assertSame( array(), $this->fake->order_flags );
	}

	public function test_without_the_sidecar_the_answer_is_a_503_and_the_order_stays_unclaimed(): void {
		$this->on_sidecar( 'http://127.0.0.1:' . Upstream::free_port() );
		$response = $this->ask();
		$this->assertSame( 503, $response->get_status() );
		$this->assertSame( 'commerce_bridge_sidecar_unavailable', $response->get_data()['code'] );
		$this->assertSame( array(), $this->fake->order_flags );
	}

	public function test_the_order_received_page_claims_nothing_and_carries_no_purchase(): void {
		$this->fake->order_id = self::ORDER;
		$this->assertArrayNotHasKey( 'purchase', $this->module->public_config() );
		$this->assertSame( array(), $this->fake->order_flags );
	}

	public function test_the_purchase_bundle_is_on_every_order_received_page_where_bambuser_runs(): void {
		$report  = $this->module->order_report();
		$enqueue = function ( int $received, bool $bambuser ) use ( $report ): bool {
			$this->fake->order_id = $received;
			if ( $bambuser ) {
				wp_register_script( 'commerce-bridge-bambuser', 'https://shop.example/bambuser.js', array(), '1', true );
				wp_enqueue_script( 'commerce-bridge-bambuser' );
			}
			$report->enqueue();
			$enqueued = wp_script_is( PurchaseReport::HANDLE, 'enqueued' );
			foreach ( array( PurchaseReport::HANDLE, 'commerce-bridge-bambuser' ) as $handle ) {
				wp_dequeue_script( $handle );
				wp_deregister_script( $handle );
			}
			return $enqueued;
		};
		$built = is_readable( COMMERCE_BRIDGE_DIR . 'build/widgets/bambuser-purchase.asset.php' );
		$this->assertSame( $built, $enqueue( self::ORDER, true ), 'the order-received page' );
		$this->assertFalse( $enqueue( 0, true ), 'another page' );
		$this->assertFalse( $enqueue( self::ORDER, false ), 'Bambuser off or vetoed on this page' );
	}
}
