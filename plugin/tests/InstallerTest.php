<?php
/**
 * Activation: tables, secret, vendor options.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Install\Installer;
use CommerceBridge\Install\Tables;
use CommerceBridge\Options;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;

/**
 * Runs the real installer against the real database (DDL, so no transaction; state is restored).
 */
final class InstallerTest extends \PHPUnit\Framework\TestCase {

	private string $saved_secret;
	private array $saved_belco;
	private array $saved_belco_secrets;

	protected function setUp(): void {
		wp_cache_flush();
		$this->saved_secret        = Options::secret();
		$this->saved_belco         = get_option( 'commerce_bridge_belco', array() );
		$this->saved_belco_secrets = get_option( 'commerce_bridge_belco_secrets', array() );
	}

	protected function tearDown(): void {
		update_option( Options::SECRET, $this->saved_secret, false );
		update_option( 'commerce_bridge_belco', $this->saved_belco, true );
		update_option( 'commerce_bridge_belco_secrets', $this->saved_belco_secrets, false );
		wp_cache_flush();
	}

	public function test_activation_creates_the_tables(): void {
		global $wpdb;
		foreach ( Tables::all() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		$this->installer()->activate();
		foreach ( Tables::all() as $table ) {
			$this->assertSame( $table, $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
		}
		$unique = $wpdb->get_results( 'SHOW INDEX FROM ' . Tables::name( Tables::WISHLIST ) . " WHERE Key_name = 'owner_product'", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$this->assertSame( array( 'owner_type', 'owner_key', 'product_id' ), array_column( $unique, 'Column_name' ) );
		$this->assertSame( Tables::VERSION, get_option( Options::SCHEMA_VERSION ) );
	}

	public function test_activation_generates_a_64_hex_secret_that_is_not_autoloaded(): void {
		global $wpdb;
		delete_option( Options::SECRET );
		$this->installer()->activate();
		wp_cache_flush();
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', Options::secret() );
		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Options::SECRET ) );
		$this->assertContains( $autoload, array( 'no', 'off' ) );
	}

	public function test_activation_keeps_an_existing_secret(): void {
		$existing = str_repeat( 'ab', 32 );
		update_option( Options::SECRET, $existing, false );
		$this->installer()->activate();
		wp_cache_flush();
		$this->assertSame( $existing, Options::secret() );
	}

	public function test_activation_generates_belco_orders_token_once_and_keeps_settings(): void {
		update_option( 'commerce_bridge_belco', array( 'shopId' => 'shop-7' ), true );
		delete_option( 'commerce_bridge_belco_secrets' );
		$this->installer()->activate();
		wp_cache_flush();
		$first = get_option( 'commerce_bridge_belco' ) + get_option( 'commerce_bridge_belco_secrets' );
		$this->assertSame( 'shop-7', $first['shopId'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{48}$/', $first['ordersToken'] );
		$this->assertSame( 'id', $first['hashIdentity'] );

		$this->installer()->activate();
		wp_cache_flush();
		$this->assertSame( $first['ordersToken'], get_option( 'commerce_bridge_belco_secrets' )['ordersToken'] );
	}

	public function test_activation_keeps_every_vendor_secret_out_of_autoloaded_options(): void {
		global $wpdb;
		$this->installer()->activate();
		foreach ( Plugin::instance()->get( Registry::class )->all() as $module ) {
			$autoload = $wpdb->get_results( $wpdb->prepare( "SELECT option_name, autoload, option_value FROM {$wpdb->options} WHERE option_name IN (%s, %s)", $module->option_name(), $module->secrets_option_name() ), OBJECT_K );
			$this->assertContains( $autoload[ $module->option_name() ]->autoload, array( 'yes', 'on' ), 'public values are autoloaded: the storefront reads them on every page' );
			$public = maybe_unserialize( $autoload[ $module->option_name() ]->option_value );
			$this->assertSame( array(), array_intersect( $module->secret_keys(), array_keys( $public ) ), $module->id() . ': no secret in the autoloaded option' );
			if ( $module->secret_keys() ) {
				$this->assertContains( $autoload[ $module->secrets_option_name() ]->autoload, array( 'no', 'off' ), $module->id() );
				$this->assertSame( $module->secret_keys(), array_keys( maybe_unserialize( $autoload[ $module->secrets_option_name() ]->option_value ) ) );
			}
		}
	}

	private function installer(): Installer {
		return Plugin::instance()->get( Installer::class );
	}
}
