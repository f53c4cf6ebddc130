<?php
/**
 * Site Health: enabled vendors' keys present and well formed.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Health;

use CommerceBridge\Health\HealthResult;
use CommerceBridge\Health\VendorSettingsCheck;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\TestCase;

/**
 * Real vendor modules and their stored options (rolled back after each test).
 */
final class VendorSettingsCheckTest extends TestCase {

	private Registry $registry;

	protected function setUp(): void {
		parent::setUp();
		$this->registry = Plugin::instance()->get( Registry::class );
		foreach ( $this->registry->all() as $module ) {
			$module->update( array( 'enabled' => false ) );
		}
	}

	private function check(): VendorSettingsCheck {
		return new VendorSettingsCheck( $this->registry );
	}

	public function test_no_enabled_vendor_is_good(): void {
		$this->assertSame( HealthResult::GOOD, $this->check()->run()->status );
		$this->assertSame( array(), $this->check()->incomplete() );
	}

	public function test_an_enabled_vendor_without_a_required_key_is_named_with_the_setting(): void {
		$this->registry->get( 'oct8ne' )->update(
			array(
				'enabled'  => true,
				'license'  => '',
				'apiToken' => 'tok',
			)
		);
		$result = $this->check()->run();
		$this->assertSame( HealthResult::RECOMMENDED, $result->status );
		$this->assertStringContainsString( 'oct8ne: License is empty.', $result->description );
		$this->assertSame( array( 'oct8ne' ), array_keys( $this->check()->incomplete() ) );
	}

	public function test_a_value_of_the_wrong_shape_is_reported(): void {
		// Written around the settings API, as an older version or another tool might have.
		update_option(
			'commerce_bridge_oct8ne',
			array(
				'enabled' => true,
				'license' => 'LIC',
				'server'  => 'https://backoffice-eu.oct8ne.com/path?x',
			)
		);
		update_option( 'commerce_bridge_oct8ne_secrets', array( 'apiToken' => 'tok' ), false );
		$problem = $this->check()->incomplete()['oct8ne'] ?? '';
		$this->assertStringContainsString( 'Server', $problem );
	}

	public function test_a_disabled_vendor_is_not_checked_and_complete_ones_are_good(): void {
		$this->registry->get( 'bambuser' )->update( array( 'orgId' => '' ) );
		$this->registry->get( 'belco' )->update(
			array(
				'enabled'     => true,
				'shopId'      => 'shop-1',
				'ordersToken' => 'orders-token',
			)
		);
		$result = $this->check()->run();
		$this->assertSame( HealthResult::GOOD, $result->status, $result->description );
		$this->assertStringContainsString( 'Belco', $result->description );
		$this->assertStringNotContainsString( 'Bambuser', $result->description );
	}
}
