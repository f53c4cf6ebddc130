<?php
/**
 * Site Health calls each enabled vendor's URLs as its platform does, through a real site (php -S on the
 * suite's WordPress) to a real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Health;

use CommerceBridge\Health\HealthResult;
use CommerceBridge\Health\VendorUrlsCheck;
use CommerceBridge\Tests\Support\SiteOverPhpServer;
use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Vendors\Verifier;

/**
 * The four vendors are enabled with keys (committed: the sidecar reads them over its own connection)
 * and put back afterwards. The check calls the site, whose proxy forwards to the class's sidecar: an
 * answer counts only when Commerce Bridge gave it (the Verifier's rule), as on a live shop.
 */
final class VendorUrlsCheckTest extends \PHPUnit\Framework\TestCase {

	private const VALUES = array(
		'oct8ne'   => array(
			'license'  => 'HEALTH0C8NE00000000000000000000A',
			'apiToken' => 'health-oct8ne-token',
		),
		'belco'    => array(
			'shopId'      => 'health-shop',
			'ordersToken' => 'health-belco-orders-token',
		),
		'loymax'   => array(
			'shopId'    => 'health-loymax',
			'feedToken' => 'health-loymax-feed-token',
		),
		'bambuser' => array( 'orgId' => 'HealthOrg01' ),
	);

	use SiteOverPhpServer;

	public static function setUpBeforeClass(): void {
		self::start_site( self::VALUES );
	}

	public static function tearDownAfterClass(): void {
		self::stop_site();
	}

	public function test_every_enabled_vendor_answers_as_its_platform_calls_it(): void {
		$result = ( new VendorUrlsCheck( self::registry(), self::$site->url ) )->run();
		$this->assertSame( HealthResult::GOOD, $result->status, $result->description );
		foreach ( self::VALUES as $id => $unused ) {
			$this->assertStringContainsString( self::registry()->get( $id )->label(), $result->description );
		}
	}

	public function test_the_probes_carry_the_vendors_tokens(): void {
		$this->assertStringEndsWith( 'token=health-belco-orders-token', Verifier::probe( self::registry()->get( 'belco' ) )[0] );
		$this->assertSame( array( 'Authorization' => 'Bearer health-loymax-feed-token' ), Verifier::probe( self::registry()->get( 'loymax' ) )[1] );
	}

	public function test_a_site_that_does_not_answer_is_critical_for_every_vendor(): void {
		$result = ( new VendorUrlsCheck( self::registry(), 'http://127.0.0.1:' . SidecarChecksTest::free_port() ) )->run();
		$this->assertSame( HealthResult::CRITICAL, $result->status );
		foreach ( array( '/oct8ne/frame/getAdapterInfo', '/commerce-bridge/belco/orders', '/commerce-bridge/loymax/categories', '/commerce-bridge/bambuser/products' ) as $path ) {
			$this->assertStringContainsString( $path . ' answered nothing. The site could not call itself', $result->description );
		}
	}

	public function test_a_200_that_commerce_bridge_did_not_give_is_critical(): void {
		// A page cache or another plugin answering the path: 200, but nothing reached the sidecar.
		$cache = new Upstream();
		try {
			$result = ( new VendorUrlsCheck( self::registry(), $cache->url ) )->run();
		} finally {
			$cache->stop();
		}
		$this->assertSame( HealthResult::CRITICAL, $result->status );
		$this->assertStringContainsString( 'Belco: /commerce-bridge/belco/orders answered HTTP 200. Something other than Commerce Bridge answered', $result->description );
	}

	public function test_a_token_the_sidecar_refuses_is_critical_for_that_vendor(): void {
		$loymax = self::registry()->get( 'loymax' );
		$loymax->update( array( 'feedToken' => '' ) );
		try {
			$check   = new VendorUrlsCheck( self::registry(), self::$site->url );
			$started = microtime( true );
			do {
				$result = $check->run();
			} while ( HealthResult::GOOD === $result->status && microtime( true ) - $started < 6 && 0 === usleep( 200000 ) );
			$this->assertSame( HealthResult::CRITICAL, $result->status, 'the sidecar sees the change within its 2 s settings cache' );
			$this->assertStringContainsString( 'Loymax SmartCom: /commerce-bridge/loymax/categories answered HTTP 401. The token was refused', $result->description );
			$this->assertStringNotContainsString( 'Belco:', $result->description );
		} finally {
			$loymax->update( array( 'feedToken' => self::VALUES['loymax']['feedToken'] ) );
		}
	}
}
