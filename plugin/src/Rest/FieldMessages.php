<?php
/**
 * Plain-language messages for a setting that fails its schema.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress's schema messages name the parameter and quote the regex ("orgId does not match pattern
 * ^$|^[A-Za-z0-9_-]+$"). The owner sees the field's title and what to type instead: a pattern carries
 * its own `patternMessage` in the vendor's schema. Errors inside a list or object keep WordPress's text.
 */
final class FieldMessages {

	/**
	 * True when the value fits the property, otherwise a 400 error with the plain message.
	 *
	 * @param mixed  $value    Value.
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 * @return true|\WP_Error
	 */
	public static function validate( $value, array $property, string $param ) {
		$valid = rest_validate_value_from_schema( $value, $property, $param );
		if ( ! is_wp_error( $valid ) ) {
			return true;
		}
		return new \WP_Error( (string) $valid->get_error_code(), self::message( $valid, $property, $param ), array( 'status' => 400 ) );
	}

	/**
	 * The message an owner understands for WordPress's validation error.
	 *
	 * @param \WP_Error $error    From rest_validate_value_from_schema().
	 * @param array     $property The property that was validated.
	 * @param string    $param    Field name.
	 */
	public static function message( \WP_Error $error, array $property, string $param ): string {
		$title = (string) ( $property['title'] ?? $param );
		$type  = (string) ( $property['type'] ?? '' );
		return match ( true ) {
			'rest_invalid_pattern' === $error->get_error_code() && isset( $property['pattern'] ) && 'string' === $type
				=> (string) ( $property['patternMessage'] ?? sprintf( /* translators: %s: setting title. */ __( '%s is not in the expected form.', 'commerce-bridge' ), $title ) ),
			'rest_too_long' === $error->get_error_code() && 'string' === $type
				=> sprintf( /* translators: 1: setting title, 2: number of characters. */ __( '%1$s is too long: at most %2$d characters.', 'commerce-bridge' ), $title, (int) ( $property['maxLength'] ?? 0 ) ),
			'rest_out_of_bounds' === $error->get_error_code() && isset( $property['minimum'], $property['maximum'] )
				=> sprintf( /* translators: 1: setting title, 2: smallest value, 3: largest value. */ __( '%1$s must be a number from %2$s to %3$s.', 'commerce-bridge' ), $title, $property['minimum'], $property['maximum'] ),
			'rest_too_few_items' === $error->get_error_code() && 'array' === $type
				=> sprintf( /* translators: %s: setting title. */ __( '%s: choose at least one.', 'commerce-bridge' ), $title ),
			'rest_not_in_enum' === $error->get_error_code() && isset( $property['enum'] )
				=> sprintf( /* translators: %s: setting title. */ __( '%s: choose one of the offered values.', 'commerce-bridge' ), $title ),
			default => $error->get_error_message(),
		};
	}

	/**
	 * The message for a required setting left empty.
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	public static function empty( array $property, string $param ): string {
		/* translators: %s: setting title, e.g. License. */
		return sprintf( __( '%s is empty.', 'commerce-bridge' ), (string) ( $property['title'] ?? $param ) );
	}
}
