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

	public function test_the_barcode_field_defaults_to_woocommerce_gtin_and_must_be_a_meta_key(): void {
		$this->assertSame( '_global_unique_id', $this->module->values()['gtinMetaKey'] );
		$property = $this->module->schema()['properties']['gtinMetaKey'];
		foreach ( array( '_global_unique_id', '_alg_ean', 'ean13', 'hwp_product_gtin' ) as $good ) {
			$this->assertTrue( rest_validate_value_from_schema( $good, $property ), $good );
		}
		foreach ( array( '', 'bad key', "x' OR 1=1 --", 'ean;', str_repeat( 'k', 192 ) ) as $bad ) {
			$this->assertWPError( rest_validate_value_from_schema( $bad, $property ) );
		}
	}

	public function test_a_bad_barcode_field_is_refused_by_the_settings_api_and_changes_nothing(): void {
		wp_set_current_user( 1 );
		$this->module->update( array( 'gtinMetaKey' => '_alg_ean' ) );
		$request = new \WP_REST_Request( 'POST', '/commerce-bridge/v1/settings/bambuser' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( array( 'gtinMetaKey' => 'meta key; DROP' ) ) );
		$response = rest_get_server()->dispatch( $request );
		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'meta key', $response->get_data()['data']['params']['gtinMetaKey'] );
		$this->assertSame( '_alg_ean', $this->module->values()['gtinMetaKey'] );
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
