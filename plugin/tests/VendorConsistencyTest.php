<?php
/**
 * Every vendor declares its settings consistently.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;

/**
 * Defaults and schema of each vendor module agree, and secrets stay out of the browser.
 */
final class VendorConsistencyTest extends TestCase {

	public function vendors(): array {
		$cases = array();
		foreach ( Plugin::instance()->get( Registry::class )->all() as $id => $module ) {
			$cases[ $id ] = array( $module );
		}
		return $cases;
	}

	public function test_the_registry_lists_the_four_vendors_in_order(): void {
		$this->assertSame( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ), array_keys( Plugin::instance()->get( Registry::class )->all() ) );
	}

	/**
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_defaults_validate_against_the_schema( VendorModule $module ): void {
		$this->assertTrue( rest_validate_value_from_schema( $module->defaults(), $module->schema(), $module->id() ) );
	}

	/**
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_schema_and_defaults_name_the_same_keys( VendorModule $module ): void {
		$schema = $module->schema();
		$this->assertSame( array_keys( $module->defaults() ), array_keys( $schema['properties'] ) );
		$this->assertFalse( $schema['additionalProperties'] );
		$this->assertFalse( $module->defaults()['enabled'] );
	}

	/**
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_every_property_has_a_title_and_description( VendorModule $module ): void {
		foreach ( $module->schema()['properties'] as $key => $property ) {
			$this->assertNotEmpty( $property['title'] ?? '', "$key title" );
			$this->assertNotEmpty( $property['description'] ?? '', "$key description" );
		}
	}

	/**
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_public_config_never_holds_a_secret( VendorModule $module ): void {
		$secrets = array();
		foreach ( $module->secret_keys() as $key ) {
			$secrets[ $key ] = 'secret-' . $key . '-value';
		}
		$module->update( $secrets );
		$public = wp_json_encode( $module->public_config() );
		$this->assertSame( array(), array_intersect( $module->secret_keys(), array_keys( $module->public_config() ) ) );
		foreach ( $secrets as $value ) {
			$this->assertStringNotContainsString( $value, $public );
		}
		$this->assertSame( array(), array_diff( $module->generated_secrets(), $module->secret_keys() ), 'generated tokens are secrets' );
	}

	/**
	 * The settings app shows enumLabels, never a raw value such as "same-tab".
	 *
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_every_enum_value_has_a_label( VendorModule $module ): void {
		foreach ( $module->schema()['properties'] as $key => $property ) {
			foreach ( array( $property, $property['items'] ?? array() ) as $schema ) {
				if ( ! isset( $schema['enum'] ) ) {
					continue;
				}
				$labels = $schema['enumLabels'] ?? array();
				$this->assertSame( $schema['enum'], array_keys( $labels ), "$key: one label per value, in order" );
				foreach ( $labels as $value => $label ) {
					$this->assertIsString( $label );
					$this->assertNotSame( '', trim( $label ), "$key: $value" );
					$this->assertNotSame( (string) $value, $label, "$key: $value is labelled with itself" );
				}
			}
		}
	}

	/**
	 * A field with a pattern, or a value inside a list or object with one, says in plain words what fits
	 * (FieldMessages and the settings app show it), never the regex.
	 *
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_every_pattern_has_a_plain_message( VendorModule $module ): void {
		$patterns = self::patterns( $module->schema()['properties'], '' );
		$this->assertNotEmpty( $patterns, 'every vendor has a key of a fixed shape' );
		foreach ( $patterns as $where => $property ) {
			$message = (string) ( $property['patternMessage'] ?? '' );
			$this->assertNotSame( '', trim( $message ), "$where has a pattern but no patternMessage" );
			$this->assertStringNotContainsString( $property['pattern'], $message, "$where: the message quotes the regex" );
		}
	}

	/**
	 * Every schema with a pattern, keyed by where it is (sectionMap.items.match).
	 *
	 * @param array  $properties Schema properties.
	 * @param string $prefix     Where they are.
	 * @return array<string, array>
	 */
	private static function patterns( array $properties, string $prefix ): array {
		$found = array();
		foreach ( $properties as $key => $property ) {
			$where = $prefix . $key;
			if ( isset( $property['pattern'] ) ) {
				$found[ $where ] = $property;
			}
			$inner = array_filter( array( 'items' => $property['items'] ?? null ) ) + (array) ( $property['properties'] ?? array() );
			$found = array_merge( $found, self::patterns( $inner, $where . '.' ) );
		}
		return $found;
	}

	/**
	 * A `showWhen` (the settings app hides a field that would do nothing) names another field of the
	 * same vendor and values that field can hold, so the field is shown for some choice.
	 *
	 * @dataProvider vendors
	 * @param VendorModule $module Vendor.
	 */
	public function test_every_show_when_names_a_field_and_its_values( VendorModule $module ): void {
		$properties = $module->schema()['properties'];
		foreach ( $properties as $key => $property ) {
			$this->assertIsArray( $property['showWhen'] ?? array(), "$key: showWhen maps fields to values" );
			foreach ( $property['showWhen'] ?? array() as $other => $values ) {
				$this->assertArrayHasKey( $other, $properties, "$key: showWhen names $other" );
				$this->assertNotSame( $key, $other, "$key: showWhen names itself" );
				$this->assertNotEmpty( $values, "$key: showWhen $other lists no value" );
				$this->assertSame( array(), array_diff( $values, $properties[ $other ]['enum'] ?? array( true, false ) ), "$key: showWhen $other lists values it cannot hold" );
			}
		}
	}
}
