<?php
/**
 * The admin notice: shown, dismissed per user, back when the problems change.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Admin;

use CommerceBridge\Admin\AdminNotice;
use CommerceBridge\Options;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Health\SidecarChecksTest;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * A sidecar on a dead port is down; user meta and vendor options are rolled back after each test.
 */
final class AdminNoticeTest extends TestCase {

	private const ADMIN    = 1;
	private const CUSTOMER = 2;
	private const MANAGER  = 27;

	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		foreach ( Plugin::instance()->get( Registry::class )->all() as $module ) {
			$module->update( array( 'enabled' => false ) );
		}
		wp_set_current_user( self::MANAGER );
		set_current_screen( 'dashboard' );
	}

	protected function tearDown(): void {
		$GLOBALS['current_screen'] = null;
		parent::tearDown();
	}

	/** A fresh notice (problems are asked once per request) for a sidecar that is down. */
	private function notice(): AdminNotice {
		return new AdminNotice( SidecarChecksTest::dead(), Plugin::instance()->get( Registry::class ), StoreFactory::create() );
	}

	private function dismiss( string $problem ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/commerce-bridge/v1/notice/dismiss' );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( (string) wp_json_encode( array( 'problem' => $problem ) ) );
		return rest_do_request( $request );
	}

	public function test_a_down_sidecar_shows_the_notice_with_its_dismiss_script(): void {
		$notice = $this->notice();
		$this->assertTrue( $notice->should_show() );
		ob_start();
		$notice->render();
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'is-dismissible commerce-bridge-notice', $html );
		$this->assertStringContainsString( 'does not answer', $html );
		$this->assertStringContainsString( 'data-problem="' . AdminNotice::fingerprint( $notice->problems() ) . '"', $html );
		$notice->enqueue();
		$this->assertStringContainsString( 'commerce-bridge-notice', implode( "\n", (array) wp_scripts()->get_data( 'common', 'after' ) ) );
	}

	public function test_dismissing_hides_it_for_that_user_until_the_problems_change(): void {
		$problem = AdminNotice::fingerprint( $this->notice()->problems() );
		$this->assertSame( 200, $this->dismiss( $problem )->get_status() );
		$this->assertSame( $problem, get_user_meta( self::MANAGER, Options::NOTICE_DISMISSED, true ) );
		$this->assertFalse( $this->notice()->should_show(), 'dismissed' );

		wp_set_current_user( self::ADMIN );
		$this->assertTrue( $this->notice()->should_show(), 'another user still sees it' );

		wp_set_current_user( self::MANAGER );
		Plugin::instance()->get( Registry::class )->get( 'bambuser' )->update(
			array(
				'enabled' => true,
				'orgId'   => '',
			)
		);
		$changed = $this->notice();
		$this->assertTrue( $changed->should_show(), 'a new problem brings it back' );
		$this->assertArrayHasKey( 'vendor:bambuser', $changed->problems() );
	}

	public function test_only_on_the_dashboard_plugins_and_woocommerce_screens_for_managers(): void {
		foreach ( array( 'plugins' => true, 'woocommerce_page_wc-orders' => true, 'edit-product' => true, 'edit-post' => false, 'profile' => false ) as $screen => $shown ) {
			set_current_screen( $screen );
			$this->assertSame( $shown, $this->notice()->should_show(), $screen );
		}
		set_current_screen( 'dashboard' );
		wp_set_current_user( self::CUSTOMER );
		$this->assertFalse( $this->notice()->should_show() );
	}

	public function test_the_dismiss_route_refuses_customers_and_malformed_problems(): void {
		$this->assertSame( 400, $this->dismiss( 'not-a-fingerprint' )->get_status() );
		wp_set_current_user( self::CUSTOMER );
		$this->assertSame( 403, $this->dismiss( str_repeat( 'a', 32 ) )->get_status() );
		$this->assertSame( '', get_user_meta( self::CUSTOMER, Options::NOTICE_DISMISSED, true ) );
	}
}
