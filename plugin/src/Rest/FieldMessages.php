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
 * its own `patternMessage` in the vendor's schema, also inside a list or object (which entry is named).
 * Other errors inside a list or object keep WordPress's text.
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
		$message = 'rest_invalid_pattern' === $valid->get_error_code() && is_array( $value ) ? self::inner_pattern( $value, $property ) : null;
		$message = null === $message ? self::message( $valid, $property, $param )
			/* translators: 1: setting title, 2: what is wrong inside it. */
			: sprintf( __( '%1$s, %2$s', 'commerce-bridge' ), self::title( $property, $param ), $message );
		return new \WP_Error( (string) $valid->get_error_code(), $message, array( 'status' => 400 ) );
	}

	/**
	 * Where a list or object holds a text that misses its pattern, which entry and that text's
	 * `patternMessage` ("entry 2: the match is …"); null when none is found or it has no message.
	 *
	 * @param mixed $value  A value inside the setting.
	 * @param array $schema Its schema.
	 */
	private static function inner_pattern( $value, array $schema ): ?string {
		if ( is_string( $value ) && isset( $schema['pattern'] ) && ! rest_validate_json_schema_pattern( $schema['pattern'], $value ) ) {
			return $schema['patternMessage'] ?? null;
		}
		$list = is_array( $value ) && array_is_list( $value );
		foreach ( is_array( $value ) ? $value : array() as $key => $inner ) {
			$found = self::inner_pattern( $inner, (array) ( $list ? $schema['items'] ?? array() : $schema['properties'][ $key ] ?? array() ) );
			if ( null !== $found ) {
				/* translators: 1: position in the list, from 1, 2: what is wrong with that entry. */
				return $list ? sprintf( __( 'entry %1$d: %2$s', 'commerce-bridge' ), $key + 1, $found ) : $found;
			}
		}
		return null;
	}

	/**
	 * The message an owner understands for WordPress's validation error.
	 *
	 * @param \WP_Error $error    From rest_validate_value_from_schema().
	 * @param array     $property The property that was validated.
	 * @param string    $param    Field name.
	 */
	public static function message( \WP_Error $error, array $property, string $param ): string {
		$title = self::title( $property, $param );
		$type  = (string) ( $property['type'] ?? '' );
		return match ( true ) {
			'rest_invalid_pattern' === $error->get_error_code() && isset( $property['pattern'] ) && 'string' === $type
				=> (string) ( $property['patternMessage'] ?? sprintf( /* translators: %s: setting title. */ __( '%s is not in the expected form.', 'commerce-bridge' ), $title ) ),
			'rest_invalid_type' === $error->get_error_code() => self::wrong_type( $property, $param ),
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
	 * The message for a value of the wrong JSON type ("true" sent for a switch), in the owner's words.
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	public static function wrong_type( array $property, string $param ): string {
		$title = self::title( $property, $param );
		return match ( (string) ( $property['type'] ?? '' ) ) {
			/* translators: %s: setting title. */
			'boolean' => sprintf( __( '%s must be switched on or off (true or false).', 'commerce-bridge' ), $title ),
			/* translators: %s: setting title. */
			'integer' => sprintf( __( '%s must be a whole number.', 'commerce-bridge' ), $title ),
			/* translators: %s: setting title. */
			'number'  => sprintf( __( '%s must be a number.', 'commerce-bridge' ), $title ),
			/* translators: %s: setting title. */
			'array'   => sprintf( __( '%s must be a list.', 'commerce-bridge' ), $title ),
			/* translators: %s: setting title. */
			'object'  => sprintf( __( '%s must be a set of named values.', 'commerce-bridge' ), $title ),
			/* translators: %s: setting title. */
			default   => sprintf( __( '%s must be text.', 'commerce-bridge' ), $title ),
		};
	}

	/**
	 * The message for text holding control characters (a paste from a terminal or a document).
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	public static function control_characters( array $property, string $param ): string {
		/* translators: %s: setting title. */
		return sprintf( __( '%s contains invisible control characters: type it again rather than pasting it.', 'commerce-bridge' ), self::title( $property, $param ) );
	}

	/**
	 * The message for text that WordPress's sanitizing would change (tags, spaces at either end).
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	public static function not_plain_text( array $property, string $param ): string {
		/* translators: %s: setting title. */
		return sprintf( __( '%s must be plain text: no HTML tags, and no spaces at either end.', 'commerce-bridge' ), self::title( $property, $param ) );
	}

	/**
	 * The message for a required setting left empty.
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	public static function empty( array $property, string $param ): string {
		/* translators: %s: setting title, e.g. License. */
		return sprintf( __( '%s is empty.', 'commerce-bridge' ), self::title( $property, $param ) );
	}

	/**
	 * What the owner sees as the field's name: its title, the key only for a property without one.
	 *
	 * @param array  $property Its schema property.
	 * @param string $param    Field name.
	 */
	private static function title( array $property, string $param ): string {
		return (string) ( $property['title'] ?? $param );
	}
}
