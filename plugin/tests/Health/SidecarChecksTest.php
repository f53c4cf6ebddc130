<?php
/**
 * The Site Health tests that call the sidecar, against a real one and a dead port.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Health;

use CommerceBridge\Admin\AdminNotice;
use CommerceBridge\Health\DatabaseCheck;
use CommerceBridge\Health\HealthResult;
use CommerceBridge\Health\SecretCheck;
use CommerceBridge\Health\SidecarCheck;
use CommerceBridge\Options;
use CommerceBridge\Plugin;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\Sidecar;

/**
 * One sidecar started from source for the class (its own connection, so no transaction is needed:
 * nothing here writes to the database).
 */
final class SidecarChecksTest extends \PHPUnit\Framework\TestCase {

	private static Sidecar $sidecar;

	public static function setUpBeforeClass(): void {
		self::$sidecar = new Sidecar();
	}

	public static function tearDownAfterClass(): void {
		self::$sidecar->stop();
	}

	/** A loopback port nothing listens on. */
	public static function free_port(): int {
		$probe = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port  = (int) substr( (string) strrchr( (string) stream_socket_get_name( $probe, false ), ':' ), 1 );
		fclose( $probe );
		return $port;
	}

	/** A sidecar client for a dead port. */
	public static function dead(): SidecarClient {
		return new SidecarClient( 'http://127.0.0.1:' . self::free_port() );
	}

	private function live(): SidecarClient {
		return new SidecarClient( self::$sidecar->url() );
	}

	public function test_a_running_sidecar_is_good_with_its_version_and_latency(): void {
		$this->assertTrue( self::$sidecar->healthy() );
		$result = ( new SidecarCheck( $this->live(), COMMERCE_BRIDGE_VERSION ) )->run();
		$this->assertSame( HealthResult::GOOD, $result->status, $result->description );
		$this->assertStringContainsString( 'is version ' . COMMERCE_BRIDGE_VERSION, $result->description );
		$this->assertMatchesRegularExpression( '/answered in [0-9.,]+ ms/', $result->description );
	}

	public function test_another_version_than_the_plugin_is_a_recommendation(): void {
		$result = ( new SidecarCheck( $this->live(), '99.0.0' ) )->run();
		$this->assertSame( HealthResult::RECOMMENDED, $result->status );
		$this->assertStringContainsString( 'version ' . COMMERCE_BRIDGE_VERSION, $result->description );
		$this->assertStringContainsString( '99.0.0', $result->description );
	}

	public function test_a_dead_sidecar_is_critical_and_the_dependent_tests_wait_for_it(): void {
		$result = ( new SidecarCheck( self::dead(), COMMERCE_BRIDGE_VERSION ) )->run();
		$this->assertSame( HealthResult::CRITICAL, $result->status );
		$this->assertSame( 'red', $result->to_site_health( 'x' )['badge']['color'] );
		$this->assertSame( HealthResult::RECOMMENDED, ( new DatabaseCheck( self::dead() ) )->run()->status );
		$this->assertSame( HealthResult::RECOMMENDED, ( new SecretCheck( self::dead(), Options::secret(), 1 ) )->run()->status );
	}

	public function test_the_sidecar_reads_the_database(): void {
		$this->assertSame( HealthResult::GOOD, ( new DatabaseCheck( $this->live() ) )->run()->status );
	}

	public function test_a_sidecar_without_its_database_is_critical(): void {
		$no_db = new Sidecar( array( 'DATABASE_URL' => 'mysql://nobody:nothing@127.0.0.1:' . self::free_port() . '/none' ) );
		try {
			$client = new SidecarClient( $no_db->url() );
			$this->assertSame( HealthResult::CRITICAL, ( new DatabaseCheck( $client ) )->run()->status );
			$this->assertSame( HealthResult::GOOD, ( new SidecarCheck( $client, COMMERCE_BRIDGE_VERSION ) )->run()->status, 'it answers, with its version' );
		} finally {
			$no_db->stop();
		}
	}

	public function test_the_shared_secret_matches_in_a_signed_round_trip(): void {
		$this->assertSame( HealthResult::GOOD, ( new SecretCheck( $this->live(), Options::secret(), 7 ) )->run()->status );
	}

	public function test_another_secret_or_none_is_critical(): void {
		$wrong = ( new SecretCheck( $this->live(), Options::secret() . 'x', 7 ) )->run();
		$this->assertSame( HealthResult::CRITICAL, $wrong->status );
		$this->assertStringContainsString( 'BRIDGE_SECRET', $wrong->description );
		$this->assertSame( HealthResult::CRITICAL, ( new SecretCheck( $this->live(), '', 7 ) )->run()->status );
	}

	public function test_the_notice_has_no_sidecar_problem_while_the_sidecar_answers(): void {
		$registry = Plugin::instance()->get( Registry::class );
		$store    = \CommerceBridge\WooCommerce\StoreFactory::create();
		$this->assertArrayNotHasKey( 'sidecar', ( new AdminNotice( $this->live(), $registry, $store ) )->problems() );
		$this->assertArrayHasKey( 'sidecar', ( new AdminNotice( self::dead(), $registry, $store ) )->problems() );
	}
}
