<?php
/**
 * Verify and token rotation through a real site (php -S on the suite's WordPress) and a real sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors;

use CommerceBridge\Proxy\BreakerFile;
use CommerceBridge\Tests\Support\SiteOverPhpServer;
use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Vendors\Verifier;

/**
 * The vendors are enabled with keys (committed: the sidecar reads them over its own connection) and
 * put back afterwards; the site's proxy forwards to the class's sidecar.
 */
final class VerifyTest extends \PHPUnit\Framework\TestCase {

	private const VALUES = array(
		'oct8ne'   => array(
			'license'  => 'VERIFY0C8NE0000000000000000000AB',
			'apiToken' => 'verify-oct8ne-token',
		),
		'belco'    => array(
			'shopId'      => 'verify-shop',
			'ordersToken' => 'verify-belco-orders-token',
		),
		'loymax'   => array(
			'shopId'    => 'verify-loymax',
			'feedToken' => 'verify-loymax-feed-token',
		),
		'bambuser' => array( 'orgId' => 'VerifyOrg01' ),
	);

	use SiteOverPhpServer;

	public static function setUpBeforeClass(): void {
		self::start_site( self::VALUES );
	}

	public static function tearDownAfterClass(): void {
		self::stop_site();
	}

	protected function tearDown(): void {
		wp_set_current_user( 0 );
	}

	private function verify( string $vendor, string $base = '' ): array {
		$verifier = '' === $base ? Verifier::for_site() : new Verifier( $base );
		return $verifier->verify( self::registry()->get( $vendor ) );
	}

	public function test_every_enabled_vendor_answers_through_the_site_and_no_secret_is_reported(): void {
		$paths = array(
			'oct8ne'   => '/oct8ne/frame/getAdapterInfo',
			'belco'    => '/commerce-bridge/belco/orders',
			'loymax'   => '/commerce-bridge/loymax/categories',
			'bambuser' => '/commerce-bridge/bambuser/products',
		);
		wp_set_current_user( 1 );
		foreach ( $paths as $vendor => $path ) {
			$report = $this->rest( 'POST', $vendor, 'verify' );
			$this->assertTrue( $report['ok'], $vendor . ': ' . $report['message'] );
			$this->assertSame( 200, $report['status'] );
			$this->assertSame( $path, $report['path'] );
			$this->assertContains( $report['answeredBy'], array( 'early', 'late' ) );
			$this->assertStringContainsString( self::registry()->get( $vendor )->label() . ' can reach this shop', $report['message'] );
			$this->assertStringNotContainsString( 'verify-', (string) wp_json_encode( $report ), 'no token in the report' );
		}
	}

	public function test_a_sidecar_that_is_down_is_a_503_that_says_so(): void {
		$down = 'http://127.0.0.1:' . Upstream::free_port();
		self::use_sidecar( $down );
		try {
			$report = $this->verify( 'loymax' );
		} finally {
			self::use_sidecar( self::$sidecar->url() );
			array_map( 'unlink', glob( BreakerFile::for_sidecar( $down )->path() . '*' ) ?: array() );
		}
		$this->assertFalse( $report['ok'] );
		$this->assertSame( 503, $report['status'] );
		$this->assertStringStartsWith( 'The sidecar does not answer (503): start it', $report['message'] );
	}

	public function test_a_path_wordpress_does_not_route_is_a_404_that_points_at_permalinks(): void {
		$report = $this->verify( 'oct8ne', self::$site->url . '/not-this-site' );
		$this->assertFalse( $report['ok'] );
		$this->assertSame( 404, $report['status'], $report['message'] );
		$this->assertStringContainsString( 'Re-save Settings → Permalinks', $report['message'] );
	}

	public function test_a_refused_token_says_to_rotate_it(): void {
		$belco = self::registry()->get( 'belco' );
		$belco->update( array( 'ordersToken' => '' ) );
		try {
			$report = $this->verify( 'belco' );
		} finally {
			$belco->update( array( 'ordersToken' => self::VALUES['belco']['ordersToken'] ) );
			// The sidecar caches settings for 2 s: the next test must not meet the token of this one.
			wp_set_current_user( 1 );
			$this->status_soon( $this->url_of( $this->rest( 'GET', 'belco', 'integration' ), 'orders' ), 200 );
		}
		$this->assertSame( 401, $report['status'] );
		$this->assertStringContainsString( 'The token was refused (401/403): rotate it', $report['message'] );
	}

	public function test_a_switched_off_vendor_is_not_called(): void {
		$bambuser = self::registry()->get( 'bambuser' );
		$bambuser->update( array( 'enabled' => false ) );
		try {
			$report = $this->verify( 'bambuser', 'http://127.0.0.1:' . Upstream::free_port() );
		} finally {
			$bambuser->update( array( 'enabled' => true ) );
		}
		$this->assertFalse( $report['ok'] );
		$this->assertSame( 0, $report['status'], 'no call was made' );
		$this->assertStringContainsString( 'switched off', $report['message'] );
	}

	/**
	 * @dataProvider rotatable
	 *
	 * @param string $vendor Vendor id.
	 * @param string $url    Id of a URL that carries the token.
	 */
	public function test_rotation_stops_the_old_url_at_once_and_the_new_one_answers( string $vendor, string $url ): void {
		wp_set_current_user( 1 );
		$old = $this->url_of( $this->rest( 'GET', $vendor, 'integration' ), $url );
		$this->assertSame( 200, $this->status_soon( $old, 200 ), 'the old URL works before the rotation' );
		$new = $this->url_of( $this->rest( 'POST', $vendor, 'rotate-token' ), $url );
		$this->assertNotSame( $old, $new );
		$this->assertSame( 401, $this->status_soon( $old, 401 ), 'the sidecar refuses the old token within its settings cache' );
		$this->assertSame( 200, $this->status_through_site( $new ) );
	}

	/**
	 * The status of `$url` once it is `$wanted`, or the last one after 6 s (the sidecar caches settings for 2 s).
	 *
	 * @param string $url    Vendor URL.
	 * @param int    $wanted Status waited for.
	 */
	private function status_soon( string $url, int $wanted ): int {
		$deadline = microtime( true ) + 6;
		while ( ( $status = $this->status_through_site( $url ) ) !== $wanted && microtime( true ) < $deadline ) { // phpcs:ignore Generic.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition -- poll.
			usleep( 200000 );
		}
		return $status;
	}

	public static function rotatable(): array {
		return array(
			'loymax products feed' => array( 'loymax', 'products' ),
			'belco orders'         => array( 'belco', 'orders' ),
		);
	}

	private function rest( string $method, string $vendor, string $route ): array {
		$response = rest_get_server()->dispatch( new \WP_REST_Request( $method, "/commerce-bridge/v1/settings/$vendor/$route" ) );
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	private function url_of( array $state, string $id ): string {
		$urls = array_column( $state['urls'], 'url', 'id' );
		$this->assertNotEmpty( $urls[ $id ] ?? '' );
		return $urls[ $id ];
	}

	private function status_through_site( string $url ): int {
		return (int) wp_remote_retrieve_response_code( wp_remote_get( $url, array( 'redirection' => 0 ) ) );
	}
}
