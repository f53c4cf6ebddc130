<?php
/**
 * The framing check route against a real local HTTP server.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Tests\Support\Upstream;
use CommerceBridge\Tests\TestCase;

/**
 * Drives GET /commerce-bridge/v1/settings/bambuser/framing through WordPress's REST server; the check
 * crosses real HTTP to a `php -S` server whose headers the test picks through the page's path.
 */
final class FramingRouteTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const ROUTE    = '/commerce-bridge/v1/settings/bambuser/framing';

	private static Upstream $site;

	/** The page the route checks: the home URL is moved onto the stand-in server below this path. */
	private string $mode = 'allow';

	public static function setUpBeforeClass(): void {
		self::$site = new Upstream( __DIR__ . '/framing-standin.php' );
	}

	public static function tearDownAfterClass(): void {
		self::$site->stop();
	}

	protected function setUp(): void {
		parent::setUp();
		// The checked page (checkout, else home) and the site's origin both derive from home_url().
		add_filter( 'home_url', array( $this, 'standin_home' ), 10, 2 );
		wp_set_current_user( self::ADMIN );
	}

	protected function tearDown(): void {
		remove_filter( 'home_url', array( $this, 'standin_home' ), 10 );
		parent::tearDown();
	}

	/**
	 * Filter home_url.
	 *
	 * @param string $url  Home URL (unused).
	 * @param string $path Path below home.
	 */
	public function standin_home( string $url, string $path ): string {
		return self::$site->url . '/' . $this->mode . '/' . ltrim( $path, '/' );
	}

	public function test_a_page_without_framing_headers_is_allowed(): void {
		$data = $this->check( 'allow' );
		$this->assertTrue( $data['allowed'] );
		$this->assertSame( '', $data['header'] );
		$this->assertStringStartsWith( self::$site->url . '/allow/', $data['url'] );
	}

	public function test_x_frame_options_deny_is_reported(): void {
		$data = $this->check( 'deny' );
		$this->assertFalse( $data['allowed'] );
		$this->assertSame( 'X-Frame-Options', $data['header'] );
		$this->assertSame( 'DENY', $data['value'] );
	}

	public function test_csp_frame_ancestors_none_is_reported(): void {
		$data = $this->check( 'csp-none' );
		$this->assertFalse( $data['allowed'] );
		$this->assertSame( 'Content-Security-Policy', $data['header'] );
		$this->assertSame( "frame-ancestors 'none'", $data['value'] );
	}

	public function test_csp_frame_ancestors_self_wins_over_deny(): void {
		$data = $this->check( 'csp-self' );
		$this->assertTrue( $data['allowed'] );
		$this->assertSame( 'Content-Security-Policy', $data['header'] );
	}

	public function test_an_unreachable_site_is_no_verdict_with_the_error(): void {
		$closed = 'http://127.0.0.1:' . Upstream::free_port();
		$home   = static fn ( string $url, string $path ) => $closed . '/' . ltrim( $path, '/' );
		add_filter( 'home_url', $home, 20, 2 );
		try {
			$data = $this->check( 'allow' );
		} finally {
			// Left in place, every later test's home_url() would point at this closed port.
			remove_filter( 'home_url', $home, 20 );
		}
		$this->assertNull( $data['allowed'] );
		$this->assertNotEmpty( $data['error'] );
	}

	public function test_customers_and_guests_are_forbidden(): void {
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->dispatch()->get_status() );
		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->dispatch()->get_status() );
	}

	/**
	 * The route's answer for a stand-in page.
	 *
	 * @param string $mode First path segment, picks the stand-in's headers.
	 */
	private function check( string $mode ): array {
		$this->mode = $mode;
		$response   = $this->dispatch();
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	private function dispatch(): \WP_REST_Response {
		return rest_get_server()->dispatch( new \WP_REST_Request( 'GET', self::ROUTE ) );
	}
}
