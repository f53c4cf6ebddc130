<?php
/**
 * Bambuser settings additions and the page config built from them.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;

/**
 * Triggers, minimise and shopper sharing: schema, REST validation, public config (ShopperTest: the data).
 */
final class BambuserSettingsTest extends TestCase {

	private FakeStore $fake;
	private BambuserModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->fake   = new FakeStore();
		$store        = $this->use_store( $this->fake );
		$this->module = new BambuserModule( $store, new EventQueue( $store ) );
	}

	public function test_the_contract_keys_stay_and_the_additions_are_declared(): void {
		$properties = $this->module->schema()['properties'];
		foreach ( array( 'orgId', 'region', 'queue', 'triggers', 'checkoutMode', 'minimize', 'shareShopper' ) as $key ) {
			$this->assertArrayHasKey( $key, $properties );
		}
		$this->assertSame( array( 'eu', 'us' ), $properties['region']['enum'] );
		$this->assertSame( 'boolean', $properties['minimize']['type'] );
		$this->assertSame( array( 'smart', 'manual', 'connect-link', 'queue-link' ), $properties['triggers']['items']['enum'] );
	}

	public function test_unknown_triggers_and_non_boolean_switches_are_refused(): void {
		$schema = $this->module->schema();
		$this->assertTrue( rest_validate_value_from_schema( array( 'triggers' => array( 'smart', 'manual' ) ), $schema ) );
		$this->assertWPError( rest_validate_value_from_schema( array( 'triggers' => array( 'popup' ) ), $schema ) );
		$this->assertWPError( rest_validate_value_from_schema( array( 'minimize' => 'sometimes' ), $schema ) );
	}

	public function test_public_config_always_enables_connect_links_and_follows_the_switches(): void {
		$this->module->update(
			array(
				'enabled'      => true,
				'orgId'        => 'org1',
				'triggers'     => array( 'manual', 'smart' ),
				'minimize'     => false,
				'shareShopper' => false,
			)
		);
		$config = $this->module->public_config();
		$this->assertSame( array( 'smart', 'manual', 'connect-link' ), $config['triggers'] );
		$this->assertFalse( $config['minimize'] );
		$this->assertArrayHasKey( 'checkoutUrl', $config );
		$this->assertFalse( $config['shareShopper'] );
	}

	/**
	 * WP_Error assertion.
	 *
	 * @param mixed $value Value.
	 */
	private function assertWPError( $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}
}
