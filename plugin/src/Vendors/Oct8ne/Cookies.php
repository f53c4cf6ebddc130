<?php
/**
 * The cookies the oct8ne widget sets.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

defined( 'ABSPATH' ) || exit;

/**
 * Reads oct8ne's cookies as opaque, length-limited tokens; anything else counts as absent.
 */
final class Cookies {

	/** Real-time connection of a visitor in a conversation (empty otherwise). */
	public const VISITOR = 'oct8ne-visitor';

	/** oct8ne session, recorded with orders for the sales report. */
	public const SESSION = 'oct8ne-session';

	/**
	 * A cookie's value, '' when missing or not a plain token.
	 *
	 * @param string $name One of the constants.
	 */
	public static function get( string $name ): string {
		if ( ! isset( $_COOKIE[ $name ] ) || ! is_string( $_COOKIE[ $name ] ) ) {
			return '';
		}
		$value = sanitize_text_field( wp_unslash( $_COOKIE[ $name ] ) );
		return preg_match( '/^[A-Za-z0-9._:-]{1,128}$/', $value ) ? $value : '';
	}
}
