<?php
/**
 * The manifests are the plugin's settings and tables: nothing is declared beside them.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors;

use CommerceBridge\Install\Tables;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Manifest;

/**
 * Reads plugin/manifest/ as the sidecar does and compares it with what the modules and the installer use.
 */
final class ManifestTest extends TestCase {

	public function test_each_module_declares_exactly_its_manifest_settings(): void {
		foreach ( Plugin::instance()->get( Registry::class )->all() as $id => $module ) {
			$manifest = Manifest::read( $id );
			$expected = array_map( static fn ( array $setting ) => $setting['default'], $manifest['settings'] );
			$secrets  = array_keys( array_filter( $manifest['settings'], static fn ( array $setting ) => ! empty( $setting['secret'] ) ) );

			$this->assertSame( $expected, array_intersect_key( $module->defaults(), $expected ), $id );
			$this->assertSame( $secrets, $module->secret_keys(), $id );
			$this->assertSame( $manifest['requiredKeys'], $module->required_keys(), $id );
			$this->assertSame( $manifest['label'], $module->label(), $id );
		}
	}

	public function test_the_bambuser_triggers_default_is_the_manifests(): void {
		$module = Plugin::instance()->get( Registry::class )->get( 'bambuser' );
		$this->assertSame( array( 'connect-link' ), $module->defaults()['triggers'] );
		$this->assertSame( array( 'smart', 'manual', 'connect-link', 'queue-link' ), $module->schema()['properties']['triggers']['items']['enum'] );
	}

	public function test_each_loymax_id_rule_covers_exactly_the_modes_its_setting_offers(): void {
		$manifest = Manifest::read( 'loymax' );
		foreach ( $manifest['ids'] as $kind => $rule ) {
			$choices = array_keys( $manifest['settings'][ $rule['setting'] ]['choices'] );
			$this->assertSame( $choices, array_keys( $rule['modes'] ), $kind );
		}
	}

	public function test_the_installed_tables_have_the_columns_of_tables_sql(): void {
		global $wpdb;
		$sql = (string) file_get_contents( Manifest::directory() . 'tables.sql' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file of the plugin.
		preg_match_all( '/^CREATE TABLE \{prefix\}(\w+) \((.*?)^\)/ms', $sql, $tables, PREG_SET_ORDER );
		$this->assertCount( count( Tables::all() ), $tables );
		foreach ( $tables as $match ) {
			list( , $table, $body ) = $match;
			preg_match_all( '/^  ([a-z_]+) [a-z]/m', $body, $columns );
			$installed = $wpdb->get_col( $wpdb->prepare( 'SHOW COLUMNS FROM %i', $wpdb->prefix . $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the test reads the schema.
			$this->assertSame( $columns[1], $installed, $table );
		}
	}
}
