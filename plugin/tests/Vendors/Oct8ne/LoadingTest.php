<?php
/**
 * oct8ne's deferred loading settings reach the page config; bad values are refused.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Oct8ne;

use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;

/**
 * Saves through the settings REST route as the admin and reads the module's public config, which the
 * storefront prints as commerceBridge.vendors.oct8ne (the bundle's timing is in the e2e spec).
 */
final class LoadingTest extends TestCase {

	private const ROUTE = '/commerce-bridge/v1/settings/oct8ne';

	private Oct8neModule $module;

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( 1 );
		$this->module = Plugin::instance()->get( Registry::class )->get( 'oct8ne' );
		delete_option( 'commerce_bridge_oct8ne' );
	}

	public function test_the_script_loads_with_the_page_by_default(): void {
		$config = $this->module->public_config();
		$this->assertSame( array( 'immediate', 5 ), array( $config['loading'], $config['loadDelay'] ) );
	}

	public function test_saved_deferred_and_manual_loading_reach_the_page_config(): void {
		$this->assertSame( 200, $this->save( array( 'loading' => 'deferred', 'loadDelay' => 3 ) ) );
		$config = $this->module->public_config();
		$this->assertSame( array( 'deferred', 3 ), array( $config['loading'], $config['loadDelay'] ) );
		$this->assertSame( 200, $this->save( array( 'loading' => 'manual' ) ) );
		$this->assertSame( 'manual', $this->module->public_config()['loading'] );
	}

	public function test_a_delay_outside_1_to_10_seconds_or_an_unknown_mode_is_a_400_and_changes_nothing(): void {
		$this->save( array( 'loading' => 'deferred', 'loadDelay' => 4 ) );
		$before = get_option( 'commerce_bridge_oct8ne' );
		foreach ( array( array( 'loadDelay' => 0 ), array( 'loadDelay' => 11 ), array( 'loadDelay' => 2.5 ), array( 'loading' => 'lazy' ), array( 'loading' => 'deferred', 'loadDelay' => 60 ) ) as $bad ) {
			$this->assertSame( 400, $this->save( $bad ), wp_json_encode( $bad ) );
		}
		$this->assertSame( $before, get_option( 'commerce_bridge_oct8ne' ) );
	}

	/**
	 * POSTs settings as JSON; answers the status.
	 *
	 * @param array $values Partial values.
	 */
	private function save( array $values ): int {
		$request = new \WP_REST_Request( 'POST', self::ROUTE );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( wp_json_encode( $values ) );
		return rest_get_server()->dispatch( $request )->get_status();
	}
}
