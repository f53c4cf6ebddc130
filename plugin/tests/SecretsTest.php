<?php
/**
 * Vendor secrets live in an option that is not autoloaded.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Install\Installer;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;

/**
 * Saving splits a vendor's values; the upgrade moves a site's old secrets; the storefront's public
 * values never read the secrets option.
 */
final class SecretsTest extends TestCase {

	private function belco(): VendorModule {
		return Plugin::instance()->get( Registry::class )->get( 'belco' );
	}

	private function autoload( string $option ): ?string {
		global $wpdb;
		return $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", $option ) );
	}

	public function test_update_stores_secrets_apart_and_not_autoloaded(): void {
		$this->belco()->update(
			array(
				'shopId'     => 'shop-11',
				'shopSecret' => 'belco-secret-11',
			)
		);
		wp_cache_flush();
		$this->assertSame( 'shop-11', get_option( 'commerce_bridge_belco' )['shopId'] );
		$this->assertArrayNotHasKey( 'shopSecret', get_option( 'commerce_bridge_belco' ) );
		$this->assertSame( 'belco-secret-11', get_option( 'commerce_bridge_belco_secrets' )['shopSecret'] );
		$this->assertContains( $this->autoload( 'commerce_bridge_belco_secrets' ), array( 'no', 'off' ) );
		$this->assertContains( $this->autoload( 'commerce_bridge_belco' ), array( 'yes', 'on' ) );
		$this->assertSame( 'belco-secret-11', $this->belco()->values()['shopSecret'] );
	}

	public function test_the_upgrade_moves_secrets_of_an_existing_install_out_of_the_autoloaded_option(): void {
		$legacy = array(
			'enabled'     => true,
			'shopId'      => 'shop-old',
			'shopSecret'  => 'old-secret',
			'ordersToken' => 'old-orders-token',
		);
		update_option( 'commerce_bridge_belco', $legacy, true );
		delete_option( 'commerce_bridge_belco_secrets' );
		$this->assertTrue( $this->belco()->has_secrets_in_public_option() );
		$this->assertSame( 'old-orders-token', $this->belco()->values()['ordersToken'], 'read where it is before the upgrade' );

		Plugin::instance()->get( Installer::class )->upgrade();
		wp_cache_flush();

		$this->assertFalse( $this->belco()->has_secrets_in_public_option() );
		$this->assertSame(
			array(
				'shopSecret'  => 'old-secret',
				'ordersToken' => 'old-orders-token',
			),
			get_option( 'commerce_bridge_belco_secrets' )
		);
		$this->assertSame( array( true, 'shop-old' ), array( get_option( 'commerce_bridge_belco' )['enabled'], get_option( 'commerce_bridge_belco' )['shopId'] ) );
		$this->assertContains( $this->autoload( 'commerce_bridge_belco_secrets' ), array( 'no', 'off' ) );
		$this->assertSame( 'old-orders-token', $this->belco()->values()['ordersToken'], 'the same values after the move' );
	}

	public function test_public_values_hold_no_secret_and_read_only_the_autoloaded_option(): void {
		global $wpdb;
		$this->belco()->update( array( 'shopSecret' => 'belco-secret-12' ) );
		wp_cache_flush();
		wp_load_alloptions();
		$queries = $wpdb->num_queries;
		$public  = $this->belco()->public_values();
		$enabled = $this->belco()->is_enabled();
		$this->assertSame( $queries, $wpdb->num_queries, 'no query: the public option is autoloaded, the secrets option untouched' );
		$this->assertSame( (bool) $this->belco()->values()['enabled'], $enabled );
		$this->assertSame( array(), array_intersect( $this->belco()->secret_keys(), array_keys( $public ) ) );
		$this->assertSame( array( 'shopId' => $this->belco()->values()['shopId'] ), $this->belco()->public_config() );
		$this->assertGreaterThan( $queries, $wpdb->num_queries, 'values() with the secrets does read the secrets option' );
	}
}
