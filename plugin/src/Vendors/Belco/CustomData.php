<?php
/**
 * Store-defined custom data for Belco.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

defined( 'ABSPATH' ) || exit;

/**
 * The `commerce_bridge_belco_custom_data` filter, reduced to the value types Belco keeps
 * (String, Int, Float, Boolean, Date); Belco would discard anything else, so it is dropped here.
 */
final class CustomData {

	public const FILTER = 'commerce_bridge_belco_custom_data';

	/**
	 * Extra fields for a logged-in customer.
	 *
	 * @param int $user_id WordPress user id.
	 */
	public static function for_user( int $user_id ): array {
		/**
		 * Extra fields for Belco's customer profile (custom data).
		 *
		 * @param array $data    Field name => string|int|float|bool|DateTimeInterface.
		 * @param int   $user_id The logged-in customer.
		 */
		return self::reduce( apply_filters( self::FILTER, array(), $user_id ) );
	}

	/**
	 * Keeps string keys with values of Belco's types; dates become ISO 8601 strings.
	 *
	 * @param mixed $data Whatever the filter returned.
	 */
	public static function reduce( $data ): array {
		$clean = array();
		foreach ( is_array( $data ) ? $data : array() as $key => $value ) {
			if ( ! is_string( $key ) || '' === $key ) {
				continue;
			}
			if ( $value instanceof \DateTimeInterface ) {
				$clean[ $key ] = $value->format( DATE_ATOM );
			} elseif ( is_string( $value ) || is_int( $value ) || is_bool( $value ) || ( is_float( $value ) && is_finite( $value ) ) ) {
				$clean[ $key ] = $value;
			}
		}
		return $clean;
	}
}
