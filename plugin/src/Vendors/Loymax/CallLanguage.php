<?php
/**
 * The Loymax call language, checked when the settings are saved.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

defined( 'ABSPATH' ) || exit;

/**
 * A call template is JSON: `{"call": "lmx.push", "args": [["view", "{CATEGORY_ID}", "{PRODUCT_ID}"]]}`
 * or a list of up to MAX_CALLS such objects. The storefront (blocks/src/vendors/loymax/shared/calls.ts)
 * calls the named page function with the arguments, placeholders filled as data: nothing is compiled.
 * This is the server's copy of the same rules, so a template the storefront would refuse is never saved.
 */
final class CallLanguage {

	public const MAX_CALLS    = 5;
	private const MAX_DEPTH    = 6;
	private const MAX_SEGMENTS = 8;
	private const SEGMENT      = '/^[A-Za-z_$][A-Za-z0-9_$]*$/';
	/** Names that turn text into code, or reach the constructors that do. */
	private const FORBIDDEN = array( 'eval', 'Function', 'constructor', 'prototype', '__proto__', 'setTimeout', 'setInterval', 'execScript' );

	/**
	 * Why a template cannot be used, in plain words, or null ('' is fine: the event is disabled).
	 *
	 * @param string       $text    The template.
	 * @param list<string> $allowed Placeholder names the event fills.
	 */
	public static function problem( string $text, array $allowed ): ?string {
		if ( '' === trim( $text ) ) {
			return null;
		}
		$data = json_decode( $text, true );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			/* translators: %s: the JSON parser's message. */
			return sprintf( __( 'Not valid JSON (%s). Write the call as {"call": "lmx.push", "args": ["view", "{PRODUCT_ID}"]}.', 'commerce-bridge' ), json_last_error_msg() );
		}
		$items = is_array( $data ) && array_is_list( $data ) ? $data : array( $data );
		if ( array() === $items || count( $items ) > self::MAX_CALLS ) {
			/* translators: %d: most calls per template. */
			return sprintf( __( 'A template holds 1 to %d calls.', 'commerce-bridge' ), self::MAX_CALLS );
		}
		foreach ( $items as $item ) {
			$problem = self::call_problem( $item, $allowed );
			if ( null !== $problem ) {
				return $problem;
			}
		}
		return null;
	}

	/**
	 * One call object's problem.
	 *
	 * @param mixed        $item    Decoded call.
	 * @param list<string> $allowed Placeholder names.
	 */
	private static function call_problem( $item, array $allowed ): ?string {
		if ( ! is_array( $item ) || ( array() !== $item && array_is_list( $item ) ) || ! isset( $item['call'] ) ) {
			return __( 'Each call must be an object like {"call": "lmx.push", "args": [...]}.', 'commerce-bridge' );
		}
		$extra = array_diff( array_keys( $item ), array( 'call', 'args' ) );
		if ( $extra ) {
			/* translators: %s: the unknown key. */
			return sprintf( __( 'Unknown key "%s": a call has only "call" and "args".', 'commerce-bridge' ), reset( $extra ) );
		}
		$args = $item['args'] ?? array();
		if ( ! is_array( $args ) || ! array_is_list( $args ) ) {
			return __( '"args" must be a list, such as ["view", "{PRODUCT_ID}"].', 'commerce-bridge' );
		}
		$used = self::placeholders( $args, 0 );
		if ( null === $used ) {
			/* translators: %d: deepest nesting. */
			return sprintf( __( '"args" nests deeper than %d levels.', 'commerce-bridge' ), self::MAX_DEPTH );
		}
		return self::placeholder_problem( $used, $allowed ) ?? self::path_problem( $item['call'] );
	}

	/**
	 * Placeholder names in a decoded value, or null when it nests too deep.
	 *
	 * @param mixed $value Decoded JSON.
	 * @param int   $depth Current depth.
	 * @return list<string>|null
	 */
	private static function placeholders( $value, int $depth ): ?array {
		if ( $depth > self::MAX_DEPTH ) {
			return null;
		}
		if ( is_string( $value ) ) {
			return Templates::placeholders( $value );
		}
		$found = array();
		foreach ( is_array( $value ) ? $value : array() as $item ) {
			$inner = self::placeholders( $item, $depth + 1 );
			if ( null === $inner ) {
				return null;
			}
			$found = array_merge( $found, $inner );
		}
		return $found;
	}

	/**
	 * Unknown placeholders, named.
	 *
	 * @param list<string> $used    Placeholders in the arguments.
	 * @param list<string> $allowed Placeholders of the event.
	 */
	private static function placeholder_problem( array $used, array $allowed ): ?string {
		$unknown = array_values( array_unique( array_diff( $used, $allowed ) ) );
		if ( ! $unknown ) {
			return null;
		}
		return sprintf(
			/* translators: 1: unknown placeholders, 2: allowed placeholders. */
			__( 'Unknown placeholder(s) %1$s; allowed here: %2$s.', 'commerce-bridge' ),
			'{' . implode( '}, {', $unknown ) . '}',
			$allowed ? '{' . implode( '}, {', $allowed ) . '}' : __( 'none', 'commerce-bridge' )
		);
	}

	/**
	 * Problem of the function name.
	 *
	 * @param mixed $path Decoded "call".
	 */
	private static function path_problem( $path ): ?string {
		$segments = is_string( $path ) ? explode( '.', $path ) : array();
		if ( ! $segments || count( $segments ) > self::MAX_SEGMENTS || count( preg_grep( self::SEGMENT, $segments ) ) !== count( $segments ) ) {
			/* translators: %s: the call as written. */
			return sprintf( __( '"%s" is not a function name: use names joined by dots, such as "lmx.push".', 'commerce-bridge' ), is_scalar( $path ) ? (string) $path : '' );
		}
		$bad = array_values( array_intersect( $segments, self::FORBIDDEN ) );
		if ( $bad ) {
			/* translators: 1: the call, 2: the forbidden name. */
			return sprintf( __( '"%1$s" uses "%2$s", which could run text as code; call the tracker\'s own function instead.', 'commerce-bridge' ), $path, $bad[0] );
		}
		return null;
	}
}
