<?php
/**
 * Storefront scripts and the commerceBridge global.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\Assets;
use CommerceBridge\Frontend\PageContext;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;

/**
 * Page config contents and script registration, with a fake WooCommerce port.
 */
final class AssetsTest extends TestCase {

	private FakeStore $fake;
	private Registry $registry;
	private Assets $assets;

	/** WordPress's registry as the boot left it (with the editor blocks' scripts), put back afterwards. */
	private \WP_Scripts $booted;

	protected function setUp(): void {
		parent::setUp();
		$this->booted   = wp_scripts();
		$this->fake     = new FakeStore();
		$store          = $this->use_store( $this->fake );
		$events         = new EventQueue( $store );
		$this->registry = new Registry( $store, $events );
		$this->assets   = new Assets( $this->registry, $store, $events, new PageContext( $store ) );
		$this->reset_scripts();
	}

	protected function tearDown(): void {
		$GLOBALS['wp_scripts'] = $this->booted;
		parent::tearDown();
	}

	public function test_config_follows_the_contract_without_secrets(): void {
		$this->registry->get( 'belco' )->update(
			array(
				'enabled'    => true,
				'shopId'     => 'shop-1',
				'shopSecret' => 'belco-secret-value',
			)
		);
		$this->fake->product_id  = 14;
		$this->fake->session_key = 't_cfg';
		( new EventQueue( $this->fake ) )->push( 'loggedIn', array() );

		$config = $this->assets->config();
		$json   = wp_json_encode( $config );
		$this->assertSame( array( 'belco' ), array_keys( $config['vendors'] ) );
		$this->assertSame( array( 'shopId' => 'shop-1' ), (array) $config['vendors']['belco'] );
		$this->assertSame( array( 'type' => 'product', 'productId' => 14 ), $config['page'] );
		$this->assertSame( 'EUR', $config['currency'] );
		$this->assertStringEndsWith( '/commerce-bridge/', $config['proxyUrl'] );
		$this->assertStringContainsString( '"events":[{"type":"loggedIn","payload":{}}]', $json );
		$this->assertStringNotContainsString( 'belco-secret-value', $json );
	}

	public function test_config_carries_the_visitors_rest_nonce_for_the_shopper_routes(): void {
		wp_set_current_user( 2 );
		$config = $this->assets->config();
		$this->assertSame( 1, wp_verify_nonce( $config['restNonce'], 'wp_rest' ) );
		$this->assertStringEndsWith( '/wp-admin/admin-ajax.php?action=rest-nonce', $config['restNonceUrl'] );
		$this->assertStringEndsWith( '/commerce-bridge/v1/', $config['restUrl'] );
	}

	public function test_nothing_is_enqueued_when_no_vendor_is_enabled(): void {
		$this->assets->enqueue();
		$this->assertFalse( wp_script_is( Assets::HANDLE, 'registered' ) );
	}

	public function test_enabled_vendor_loads_deferred_after_the_config_printed_once(): void {
		if ( ! is_readable( COMMERCE_BRIDGE_DIR . 'build/storefront.asset.php' ) || ! is_readable( COMMERCE_BRIDGE_DIR . 'build/widgets/oct8ne.asset.php' ) ) {
			$this->markTestSkipped( 'plugin/build is not built (npm run build:blocks).' );
		}
		$this->registry->get( 'oct8ne' )->update( array( 'enabled' => true ) );
		$this->assets->enqueue();
		$scripts = wp_scripts();
		$this->assertTrue( wp_script_is( 'commerce-bridge-oct8ne', 'enqueued' ) );
		$this->assertContains( Assets::HANDLE, $scripts->registered['commerce-bridge-oct8ne']->deps );
		$this->assertSame( 'defer', $scripts->get_data( 'commerce-bridge-oct8ne', 'strategy' ) );
		// WordPress seeds the list with `false` ((array) of an unset value).
		$before = array_values( array_filter( (array) $scripts->get_data( Assets::HANDLE, 'before' ) ) );
		$this->assertCount( 1, $before );
		$this->assertStringStartsWith( 'window.commerceBridge = {', $before[0] );
	}

	/**
	 * A vendor that is off costs a page 0 bytes: its bundle is neither registered nor requested by the
	 * printed page; the one that is on loads with the shared core (issue 14).
	 */
	public function test_only_the_enabled_vendor_bundle_is_printed(): void {
		$this->require_build();
		$ids = array_keys( $this->registry->all() );
		$this->assertCount( 4, $ids );
		foreach ( $ids as $on ) {
			$this->reset_scripts();
			foreach ( $ids as $id ) {
				$this->registry->get( $id )->update( array( 'enabled' => $id === $on ) );
			}
			$this->assets->enqueue();
			ob_start();
			wp_print_scripts();
			$html = (string) ob_get_clean();
			$this->assertStringContainsString( '/build/storefront.js', $html );
			$this->assertStringContainsString( "/build/widgets/{$on}.js", $html );
			foreach ( array_diff( $ids, array( $on ) ) as $off ) {
				$this->assertFalse( wp_script_is( 'commerce-bridge-' . $off, 'registered' ), "$off is off but registered with $on on" );
				$this->assertStringNotContainsString( "/build/widgets/{$off}.js", $html );
				$this->assertStringNotContainsString( "\"{$off}\":", $html, "$off is off but in the page config" );
			}
		}
	}

	private function require_build(): void {
		if ( ! is_readable( COMMERCE_BRIDGE_DIR . 'build/storefront.asset.php' ) ) {
			$this->markTestSkipped( 'plugin/build is not built (npm run build:blocks).' );
		}
	}

	/** A fresh script registry: WordPress's own scripts, none of ours, nothing printed yet. */
	private function reset_scripts(): void {
		$GLOBALS['wp_scripts'] = new \WP_Scripts();
	}
}
