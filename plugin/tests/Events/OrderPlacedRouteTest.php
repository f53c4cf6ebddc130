<?php
/**
 * GET commerce-bridge/v1/shopper/order-placed on real WooCommerce.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Events;

use CommerceBridge\Consent\ConsentSettings;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Events\OrderPlacedRoute;
use CommerceBridge\Options;
use CommerceBridge\Registry;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Tests\WooCommerce\FixtureFacts;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * The fixture's guest order 218 with the key WooCommerce stored for it, Loymax and oct8ne on: each
 * vendor's report once, to the request that claims it under the vendor's own order-meta flag; nothing
 * claimed by a refused request.
 */
final class OrderPlacedRouteTest extends TestCase {

	private const ORDER = 218;

	private const FLAGS = array(
		'loymax' => '_commerce_bridge_loymax_checkout',
		'oct8ne' => '_commerce_bridge_oct8ne_sale_notified',
	);

	protected function setUp(): void {
		parent::setUp();
		update_option(
			'commerce_bridge_loymax',
			array(
				'enabled'           => true,
				'trackerSnippet'    => '(function(){})();',
				'templateCheckout'  => '{"call": "lmx.push", "args": ["checkout", "{ORDER_ID}"]}',
				'orderIdMode'       => 'number',
				'cleanupAfterOrder' => true,
			)
		);
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => true, 'license' => '3BDFF5329C414EBCB116CCE1CE1AD807' ) );
	}

	/**
	 * The route's answer to the storefront's request.
	 *
	 * @param array $query Query parameters.
	 */
	private static function ask( array $query ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/order-placed' );
		$request->set_query_params( $query );
		return rest_get_server()->dispatch( $request );
	}

	/**
	 * The query for one vendor about the fixture order, with its real key.
	 *
	 * @param string $vendor Vendor id.
	 */
	private static function order_of( string $vendor ): array {
		return array(
			'vendor' => $vendor,
			'order'  => (string) self::ORDER,
			'key'    => StoreFactory::create()->order_key( self::ORDER ),
		);
	}

	/**
	 * The vendors whose flag the order's storage holds (HPOS meta, read past WooCommerce).
	 *
	 * @param array<string, string> $flags Vendor => flag.
	 */
	private static function claimed( array $flags = self::FLAGS ): array {
		global $wpdb;
		$keys = $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->prefix}wc_orders_meta WHERE order_id = %d", self::ORDER ) );
		return array_keys( array_intersect( $flags, $keys ) );
	}

	public function test_the_first_request_claims_and_answers_the_report_a_second_answers_null(): void {
		$this->assertSame( array(), self::claimed(), 'the fixture order was never reported' );
		$number = FixtureFacts::order( self::ORDER )['number'];
		$first  = self::ask( self::order_of( 'loymax' ) );
		$this->assertSame( 200, $first->get_status() );
		$this->assertSame( array( 'report' => array( 'events' => array( array( 'kind' => 'checkout', 'orderId' => $number ), array( 'kind' => 'cartClear' ) ) ) ), $first->get_data() );
		$this->assertSame( array( 'loymax' ), self::claimed() );
		$this->assertStringContainsString( 'no-store', (string) $first->get_headers()['Cache-Control'] );

		$second = self::ask( self::order_of( 'loymax' ) );
		$this->assertSame( 200, $second->get_status() );
		$this->assertSame( array( 'report' => null ), $second->get_data() );
	}

	public function test_another_vendor_still_gets_its_own_report(): void {
		self::ask( self::order_of( 'loymax' ) );
		$order = FixtureFacts::order( self::ORDER );
		$url   = (string) ( self::ask( self::order_of( 'oct8ne' ) )->get_data()['report']['url'] ?? '' );
		$this->assertStringStartsWith( 'https://static-eu.oct8ne.com/api/source/js/ext/sale-notification.js?', $url );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$this->assertSame( array( $order['number'], number_format( $order['total'], 2, '.', '' ), $order['currency'] ), array( $query['reference'], $query['value'], $query['currencyCode'] ) );
		$this->assertArrayNotHasKey( 'customerId', $query, 'a guest order' );
		$this->assertSame( array( 'loymax', 'oct8ne' ), self::claimed() );
		$this->assertSame( array( 'report' => null ), self::ask( self::order_of( 'oct8ne' ) )->get_data() );
	}

	public function test_a_wrong_key_or_another_order_is_404_and_claims_nothing(): void {
		$key = StoreFactory::create()->order_key( self::ORDER );
		foreach ( array( array( 'key' => 'wc_order_' . str_repeat( 'x', 13 ) ), array( 'key' => strtoupper( $key ) ), array( 'order' => '217' ), array( 'order' => '999999' ) ) as $wrong ) {
			$response = self::ask( $wrong + self::order_of( 'oct8ne' ) );
			$this->assertSame( 404, $response->get_status(), wp_json_encode( $wrong ) );
			$this->assertSame( 'commerce_bridge_unknown_order', $response->get_data()['code'] );
		}
		$this->assertSame( array(), self::claimed() );
	}

	public function test_a_vendor_that_is_off_is_404(): void {
		update_option( 'commerce_bridge_oct8ne', array( 'enabled' => false, 'license' => '3BDFF5329C414EBCB116CCE1CE1AD807' ) );
		$this->assertSame( 404, self::ask( self::order_of( 'oct8ne' ) )->get_status() );
		$this->assertSame( array(), self::claimed() );
	}

	public function test_bad_parameters_are_400(): void {
		$good = self::order_of( 'loymax' );
		$bad  = array(
			array( 'vendor' => 'nobody' ),
			array( 'vendor' => 'Loymax' ),
			array( 'vendor' => '' ),
			array( 'order' => '0' ),
			array( 'order' => 'abc' ),
			array( 'key' => 'wc_order_<script>' ),
			array( 'key' => str_repeat( 'k', 101 ) ),
		);
		foreach ( $bad as $change ) {
			$this->assertSame( 400, self::ask( $change + $good )->get_status(), wp_json_encode( $change ) );
		}
		foreach ( array_keys( $good ) as $missing ) {
			$query = $good;
			unset( $query[ $missing ] );
			$this->assertSame( 400, self::ask( $query )->get_status(), "without $missing" );
		}
		$this->assertSame( array(), self::claimed() );
	}

	public function test_without_consent_it_is_403_and_the_order_stays_unclaimed_for_later(): void {
		ConsentSettings::set_required( true );
		$this->assertSame( 403, self::ask( self::order_of( 'loymax' ) )->get_status(), 'consent required, none given' );
		ConsentSettings::set_required( false );
		add_filter( VendorConsent::FILTER, '__return_false' );
		try {
			$this->assertSame( 403, self::ask( self::order_of( 'oct8ne' ) )->get_status(), 'vetoed by the theme' );
		} finally {
			remove_filter( VendorConsent::FILTER, '__return_false' );
		}
		$this->assertSame( array(), self::claimed() );
		$this->assertNotNull( self::ask( self::order_of( 'oct8ne' ) )->get_data()['report'], 'consent given later: reported then' );
	}

	public function test_a_report_the_sidecar_cannot_give_is_503_and_claims_nothing(): void {
		update_option( Options::SETTINGS, array( 'sidecarUrl' => 'http://127.0.0.1:9' ) + (array) get_option( Options::SETTINGS, array() ) );
		update_option( 'commerce_bridge_bambuser', array( 'enabled' => true ) + (array) get_option( 'commerce_bridge_bambuser', array() ) );
		// Modules built now, on the unreachable sidecar (the plugin's own were built at boot).
		$store    = StoreFactory::create();
		$registry = new Registry( $store, new EventQueue( $store ) );
		$route    = new OrderPlacedRoute( $registry, $store, new VendorConsent() );
		$request  = new \WP_REST_Request( 'GET', '/commerce-bridge/v1/shopper/order-placed' );
		$request->set_query_params( self::order_of( 'bambuser' ) );
		$response = $route->answer( $request );
		$this->assertSame( 503, $response->get_status() );
		$this->assertSame( 'commerce_bridge_sidecar_unavailable', $response->get_data()['code'] );
		$this->assertSame( array(), self::claimed( array( 'bambuser' => $registry->get( 'bambuser' )->order_report()->flag() ) ) );
	}
}
