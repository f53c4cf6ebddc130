<?php
/**
 * Belco's widget (built here from the Store port) and Belco's customer frame (the sidecar) show the same
 * customer the same way.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco;

use CommerceBridge\Vendors\Belco\WidgetConfig;
use CommerceBridge\WooCommerce\WooCommerceStore;

/**
 * Starts the real sidecar (from source) on this suite's WordPress database and compares its frame with the
 * widget config for fixture customers: paid orders, lifetime value, last order date and name. Not
 * transactional: the sidecar reads the Belco settings over its own connection, so they are committed and
 * restored afterwards.
 */
final class WidgetFrameAgreementTest extends \PHPUnit\Framework\TestCase {

	private const TOKEN = 'agreement-token-5d1e';

	/** @var resource|null */
	private static $sidecar = null;

	private static string $url = '';

	private static mixed $belco = false;

	public static function setUpBeforeClass(): void {
		global $wpdb;
		self::$belco = get_option( 'commerce_bridge_belco' );
		update_option( 'commerce_bridge_belco', array( 'enabled' => true, 'ordersToken' => self::TOKEN ) + ( is_array( self::$belco ) ? self::$belco : array() ) );
		$probe = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port  = (int) substr( (string) strrchr( (string) stream_socket_get_name( $probe, false ), ':' ), 1 );
		fclose( $probe );
		$root          = dirname( __DIR__, 4 );
		$env           = getenv() + array(
			'DATABASE_URL'    => sprintf( 'mysql://%s:%s@%s/%s', rawurlencode( DB_USER ), rawurlencode( DB_PASSWORD ), DB_HOST, DB_NAME ),
			'WP_TABLE_PREFIX' => $wpdb->prefix,
			'BRIDGE_SECRET'   => (string) get_option( 'commerce_bridge_secret' ),
			'HOST'            => '127.0.0.1',
			'PORT'            => (string) $port,
			'LOG_LEVEL'       => 'warn',
		);
		$command       = array( 'node', '--import', 'tsx', $root . '/sidecar/src/server.ts' );
		$null          = array( 'file', '/dev/null', 'w' );
		self::$sidecar = proc_open( $command, array( array( 'file', '/dev/null', 'r' ), $null, $null ), $pipes, $root, $env );
		self::$url     = 'http://127.0.0.1:' . $port;
		for ( $tries = 0; $tries < 150 && ! self::healthy(); $tries++ ) {
			usleep( 100000 );
		}
	}

	public static function tearDownAfterClass(): void {
		if ( is_resource( self::$sidecar ) ) {
			proc_terminate( self::$sidecar );
			proc_close( self::$sidecar );
		}
		if ( false === self::$belco ) {
			delete_option( 'commerce_bridge_belco' );
		} else {
			update_option( 'commerce_bridge_belco', self::$belco );
		}
	}

	private static function healthy(): bool {
		return 200 === self::get( '/health' )[0];
	}

	/**
	 * GET from the sidecar with curl (no warning while it is still starting).
	 *
	 * @param string $path Path and query.
	 * @return array{0: int, 1: string} Status (0 when unreachable) and body.
	 */
	private static function get( string $path ): array {
		$curl = curl_init( self::$url . $path );
		curl_setopt_array(
			$curl,
			array(
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT_MS     => 5000,
			)
		);
		$body   = curl_exec( $curl );
		$status = (int) curl_getinfo( $curl, CURLINFO_RESPONSE_CODE );
		curl_close( $curl );
		return array( $status, is_string( $body ) ? $body : '' );
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
	 * The frame's profile rows, as plain text by label.
	 *
	 * @param string $email Customer e-mail.
	 */
	private function frame_profile( string $email ): array {
		$this->assertTrue( self::healthy(), 'the sidecar started on this database' );
		$query = http_build_query( array( 'token' => self::TOKEN, 'email' => $email ) );
		$answer = self::get( '/commerce-bridge/belco/frame?' . $query );
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
		$widget  = ( new WidgetConfig( '', 'id', false ) )->build( ( new WooCommerceStore() )->customer( $user_id ), array( 'currency' => 'EUR', 'subtotal' => 0.0, 'total' => 0.0, 'items' => array() ) );
		$profile = $this->frame_profile( $widget['email'] );
		$this->assertSame( (string) $widget['orderCount'], $profile['Paid orders'] ?? null );
		$this->assertSame( html_entity_decode( wp_strip_all_tags( wc_price( $widget['totalSpent'] ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ), $profile['Lifetime value'] ?? null );
		$this->assertSame( isset( $widget['lastOrder'] ) ? gmdate( 'Y-m-d', $widget['lastOrder'] ) : '–', $profile['Last order'] ?? null );
		$this->assertSame( $widget['name'], $profile['Customer'] ?? null );
	}
}
