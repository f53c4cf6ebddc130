<?php
/**
 * What is missing or malformed in a vendor's settings, per field.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Rest\FieldMessages;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * The one judgement of a vendor's keys, shared by Site Health, the admin notice, the settings app's
 * checklist and the refusal to switch an incomplete vendor on: required_keys() filled in, every value
 * in the shape its schema declares, and the vendor's own validate().
 */
final class VendorKeys {

	/** Problem key of the vendor's own validate(), which does not name a field. */
	public const OTHER = 'settings';

	/**
	 * Field => plain-language problem; empty when the values are complete and well formed.
	 *
	 * @param VendorModule $module A vendor.
	 * @param array        $values Its values (secrets included), stored or about to be.
	 * @return array<string, string>
	 */
	public static function problems( VendorModule $module, array $values ): array {
		$properties = $module->schema()['properties'];
		$problems   = array();
		foreach ( $module->required_keys() as $key ) {
			if ( '' === trim( (string) ( $values[ $key ] ?? '' ) ) ) {
				$problems[ $key ] = FieldMessages::empty( $properties[ $key ] ?? array(), $key );
			}
		}
		foreach ( array_diff_key( array_intersect_key( $values, $properties ), $problems ) as $key => $value ) {
			$valid = FieldMessages::validate( $value, $properties[ $key ], (string) $key );
			if ( is_wp_error( $valid ) ) {
				$problems[ $key ] = $valid->get_error_message();
			}
		}
		$other = $problems ? null : $module->validate( $values );
		return null === $other ? $problems : array( self::OTHER => $other );
	}
}
