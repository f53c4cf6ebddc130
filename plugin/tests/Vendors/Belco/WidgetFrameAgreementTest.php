<?php
/**
 * Belco's widget (its config built from the sidecar's core/shopper) and Belco's customer frame (the sidecar)
 * show the same customer the same way.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Tests\Support\Sidecar;
use CommerceBridge\Vendors\Belco\WidgetConfig;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * The real sidecar on this suite's WordPress database: its frame against the widget config for fixture
 * customers (paid orders, lifetime value, last order date, name). Not transactional: the sidecar reads the
 * Belco settings over its own connection, so they are committed and restored afterwards.
 */
final class WidgetFrameAgreementTest extends \PHPUnit\Framework\TestCase {

	private const TOKEN = 'agreement-token-5d1e';

	private static Sidecar $sidecar;

	public static function setUpBeforeClass(): void {
		self::$sidecar = Sidecar::with_vendor(
			'belco',
			array(
				'enabled'     => true,
				'ordersToken' => self::TOKEN,
			)
		);
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	/** Sanne and Lotte also checked out as guests with their e-mail; Jonas and Emma did not (fixture README). */
	public static function customers(): array {
		return array(
			'Sanne' => array( 2 ),
			'Lotte' => array( 18 ),
			'Jonas' => array( 21 ),
			'Emma'  => array( 4 ),
		);
	}

	/**
	 * Belco's orders API (sidecar) gives the unit price paid as WooCommerce computes it, here for coupon
	 * orders (fixture README: 156, 164) and a partially refunded one (140).
	 */
	public function test_the_orders_api_gives_the_unit_price_paid_as_woocommerce_does(): void {
		foreach ( array( 156, 164, 140 ) as $order_id ) {
			$order  = wc_get_order( $order_id );
			$query  = http_build_query( array( 'token' => self::TOKEN, 'email' => $order->get_billing_email(), 'limit' => 50 ) );
			$answer = self::$sidecar->get( '/commerce-bridge/belco/orders?' . $query );
			$this->assertSame( 200, $answer[0], $answer[1] );
			$found = array_values( array_filter( json_decode( $answer[1], true )['orders'], static fn ( array $o ) => (string) $order_id === $o['id'] ) );
			$this->assertCount( 1, $found, "order $order_id" );
			$woocommerce = array_values( array_map( static fn ( \WC_Order_Item_Product $item ) => round( (float) $order->get_item_total( $item, true, true ), wc_get_price_decimals() ), $order->get_items() ) );
			$this->assertSame( $woocommerce, array_map( static fn ( array $p ) => (float) $p['price'], $found[0]['products'] ) );
		}
	}

	/**
	 * The frame's profile rows, as plain text by label.
	 *
	 * @param string $email Customer e-mail.
	 */
	private function frame_profile( string $email ): array {
		$this->assertTrue( self::$sidecar->healthy(), 'the sidecar started on this database' );
		$query = http_build_query( array( 'token' => self::TOKEN, 'email' => $email ) );
		$answer = self::$sidecar->get( '/commerce-bridge/belco/frame?' . $query );
		$this->assertSame( 200, $answer[0] );
		$html = $answer[1];
		preg_match_all( '~<dt>([^<]+)</dt><dd>(.*?)</dd>~', $html, $rows, PREG_SET_ORDER );
		$profile = array();
		foreach ( $rows as $row ) {
			$profile[ $row[1] ] = html_entity_decode( wp_strip_all_tags( $row[2] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		return $profile;
	}

	/**
	 * The widget's figures and the frame's agree.
	 *
	 * @dataProvider customers
	 * @param int $user_id Fixture customer.
	 */
	public function test_the_widget_and_the_frame_show_the_same_paid_orders_and_name( int $user_id ): void {
		$facts   = ( new ShopperFacts( new WooCommerceStore(), new SidecarClient( self::$sidecar->url() ) ) )->of( $user_id, false );
		$widget  = ( new WidgetConfig( '', 'id', false ) )->build( $facts['customer'], $facts['cart'] );
		$profile = $this->frame_profile( $widget['email'] );
		$this->assertSame( (string) $widget['orderCount'], $profile['Paid orders'] ?? null );
		$this->assertSame( html_entity_decode( wp_strip_all_tags( wc_price( $widget['totalSpent'] ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ), $profile['Lifetime value'] ?? null );
		$this->assertSame( isset( $widget['lastOrder'] ) ? gmdate( 'Y-m-d', $widget['lastOrder'] ) : '–', $profile['Last order'] ?? null );
		$this->assertSame( $widget['name'], $profile['Customer'] ?? null );
	}
}
