<?php
/**
 * Site Health calls each enabled vendor's URLs as its platform does, here on a real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Health;

use CommerceBridge\Health\HealthResult;
use CommerceBridge\Health\VendorUrlsCheck;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\Sidecar;

/**
 * The four vendors are enabled with keys (committed: the sidecar reads them over its own connection)
 * and put back afterwards. The check is pointed at the sidecar itself, which serves these paths as the
 * site's proxy or direct path does (the e2e suite calls them through the site's URL).
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

	private static Sidecar $sidecar;

	/** @var array<string, mixed> option => value before the class (false: none). */
	private static array $saved = array();

	private static function registry(): Registry {
		return Plugin::instance()->get( Registry::class );
	}

	public static function setUpBeforeClass(): void {
		foreach ( self::VALUES as $id => $values ) {
			$module = self::registry()->get( $id );
			foreach ( array( $module->option_name(), $module->secrets_option_name() ) as $option ) {
				self::$saved[ $option ] = get_option( $option );
			}
			$module->update( array( 'enabled' => true ) + $values );
		}
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
		foreach ( self::$saved as $option => $value ) {
			if ( false === $value ) {
				delete_option( $option );
			} else {
				update_option( $option, $value );
			}
		}
	}

	public function test_every_enabled_vendor_answers_as_its_platform_calls_it(): void {
		$result = ( new VendorUrlsCheck( self::registry(), self::$sidecar->url() ) )->run();
		$this->assertSame( HealthResult::GOOD, $result->status, $result->description );
		foreach ( self::VALUES as $id => $unused ) {
			$this->assertStringContainsString( self::registry()->get( $id )->label(), $result->description );
		}
	}

	public function test_the_probes_carry_the_vendors_tokens(): void {
		$this->assertStringEndsWith( 'token=health-belco-orders-token', VendorUrlsCheck::probe( self::registry()->get( 'belco' ) )[0] );
		$this->assertSame( array( 'Authorization' => 'Bearer health-loymax-feed-token' ), VendorUrlsCheck::probe( self::registry()->get( 'loymax' ) )[1] );
	}

	public function test_a_site_that_does_not_answer_is_critical_for_every_vendor(): void {
		$result = ( new VendorUrlsCheck( self::registry(), 'http://127.0.0.1:' . SidecarChecksTest::free_port() ) )->run();
		$this->assertSame( HealthResult::CRITICAL, $result->status );
		foreach ( array( '/oct8ne/frame/getAdapterInfo', '/commerce-bridge/belco/orders', '/commerce-bridge/loymax/categories', '/commerce-bridge/bambuser/products' ) as $path ) {
			$this->assertStringContainsString( $path, $result->description );
		}
	}

	public function test_a_token_the_sidecar_refuses_is_critical_for_that_vendor(): void {
		$loymax = self::registry()->get( 'loymax' );
		$loymax->update( array( 'feedToken' => '' ) );
		try {
			$check   = new VendorUrlsCheck( self::registry(), self::$sidecar->url() );
			$started = microtime( true );
			do {
				$result = $check->run();
			} while ( HealthResult::GOOD === $result->status && microtime( true ) - $started < 6 && 0 === usleep( 200000 ) );
			$this->assertSame( HealthResult::CRITICAL, $result->status, 'the sidecar sees the change within its 2 s settings cache' );
			$this->assertStringContainsString( 'Loymax SmartCom: /commerce-bridge/loymax/categories answered HTTP 401', $result->description );
			$this->assertStringNotContainsString( 'Belco:', $result->description );
		} finally {
			$loymax->update( array( 'feedToken' => self::VALUES['loymax']['feedToken'] ) );
		}
	}
}
