<?php
/**
 * Strict checks of a settings write, before WordPress's schema validation.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress's REST validation skips null values and coerces strings like "true"; its sanitizing would
 * strip tags from a token without saying so. These checks refuse instead: a value is stored exactly as
 * sent, or the write fails with a message naming the field by its title (FieldMessages words it).
 */
final class SettingsInput {

	/** Control characters; code may keep tabs and line breaks. */
	private const CONTROL      = '/[\x00-\x1F\x7F]/';
	private const CODE_CONTROL = '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/';

	/**
	 * Problems of the posted values, keyed by field; empty when every value may be stored as it is.
	 *
	 * @param array $values     Posted values (JSON-decoded body).
	 * @param array $properties Schema properties of the vendor.
	 * @return array<string, string>
	 */
	public static function problems( array $values, array $properties ): array {
		$problems = array();
		foreach ( $values as $key => $value ) {
			$property = $properties[ $key ] ?? null;
			$problem  = null === $property ? null : self::problem( (string) $key, $value, $property );
			if ( null !== $problem ) {
				$problems[ $key ] = $problem;
			}
		}
		return $problems;
	}

	/** True when the property holds code that reaches pages as script (only for users with unfiltered_html). */
	public static function is_code( array $property ): bool {
		return isset( $property['contentMediaType'] );
	}

	/**
	 * The problem with one value, null when it is fine.
	 *
	 * @param string $key      Field name.
	 * @param mixed  $value    Posted value.
	 * @param array  $property Its schema property.
	 */
	private static function problem( string $key, $value, array $property ): ?string {
		if ( ! self::has_type( $value, (string) $property['type'] ) ) {
			return FieldMessages::wrong_type( $property, $key );
		}
		if ( ! is_string( $value ) ) {
			return null;
		}
		if ( preg_match( self::is_code( $property ) ? self::CODE_CONTROL : self::CONTROL, $value ) ) {
			return FieldMessages::control_characters( $property, $key );
		}
		if ( ! self::is_code( $property ) && sanitize_text_field( $value ) !== $value ) {
			return FieldMessages::not_plain_text( $property, $key );
		}
		return null;
	}

	/**
	 * JSON types exactly, no coercion ("true" is not a boolean, null is nothing).
	 *
	 * @param mixed  $value Posted value.
	 * @param string $type  Schema type.
	 */
	private static function has_type( $value, string $type ): bool {
		return match ( $type ) {
			'string'  => is_string( $value ),
			'boolean' => is_bool( $value ),
			'integer' => is_int( $value ),
			'number'  => is_int( $value ) || is_float( $value ),
			'array'   => is_array( $value ) && array_is_list( $value ),
			'object'  => is_array( $value ),
			default   => false,
		};
	}
}
