<?php
/**
 * Converts call templates written as JavaScript (before the call language) into the call language.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

defined( 'ABSPATH' ) || exit;

/**
 * Only what maps exactly: one to CallLanguage::MAX_CALLS statements `name.path(arguments);` whose
 * arguments are literals (strings in either quote, numbers, true/false/null, arrays, objects with
 * quoted keys) and bare {PLACEHOLDER}s, which were string literals and become argument strings.
 * Anything else (variables, expressions, comments, conditions) answers null: the owner rewrites it.
 */
final class LegacyCalls {

	private const STATEMENT = '/\G\s*([A-Za-z_$][A-Za-z0-9_$]*(?:\s*\.\s*[A-Za-z_$][A-Za-z0-9_$]*)*)\s*\(((?:[^()"]|"(?:[^"\\\\]|\\\\.)*")*)\)\s*;?\s*/';

	/**
	 * The template in the call language, or null when it does not map exactly.
	 *
	 * @param string $js Template as JavaScript.
	 */
	public static function convert( string $js ): ?string {
		$json = self::json_tokens( $js );
		$calls = array();
		for ( $offset = 0; null !== $json && $offset < strlen( $json ); $offset += strlen( $m[0] ) ) {
			if ( ! preg_match( self::STATEMENT, $json, $m, 0, $offset ) || '' === $m[0] ) {
				return null;
			}
			$args = json_decode( '[' . $m[2] . ']', true );
			if ( ! is_array( $args ) ) {
				return null;
			}
			$calls[] = array(
				'call' => (string) preg_replace( '/\s+/', '', $m[1] ),
				'args' => $args,
			);
		}
		if ( ! $calls || count( $calls ) > CallLanguage::MAX_CALLS ) {
			return null;
		}
		return (string) wp_json_encode( 1 === count( $calls ) ? $calls[0] : $calls, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}

	/**
	 * The code with every string literal as a JSON string and every {PLACEHOLDER} quoted; null when a
	 * string is unterminated or uses an escape JSON lacks.
	 *
	 * @param string $js JavaScript.
	 */
	private static function json_tokens( string $js ): ?string {
		$out = '';
		$len = strlen( $js );
		for ( $i = 0; $i < $len; $i++ ) {
			$char = $js[ $i ];
			if ( '"' === $char || "'" === $char ) {
				if ( ! preg_match( '/\G' . $char . '((?:[^' . $char . '\\\\]|\\\\.)*)' . $char . '/s', $js, $m, 0, $i ) ) {
					return null;
				}
				$value = self::unquote( $m[1], $char );
				if ( null === $value ) {
					return null;
				}
				$out .= wp_json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
				$i   += strlen( $m[0] ) - 1;
			} elseif ( '{' === $char && preg_match( '/\G\{[A-Z][A-Z0-9_]*\}/', $js, $m, 0, $i ) ) {
				$out .= '"' . $m[0] . '"';
				$i   += strlen( $m[0] ) - 1;
			} else {
				$out .= $char;
			}
		}
		return $out;
	}

	/**
	 * A JavaScript string literal's value, through JSON (\n, \t, \uXXXX, \\ …).
	 *
	 * @param string $body  Text between the quotes.
	 * @param string $quote The quote character.
	 */
	private static function unquote( string $body, string $quote ): ?string {
		if ( "'" === $quote ) {
			// \' means ' and a bare " must be escaped for JSON.
			$body = (string) preg_replace( '/(?<!\\\\)((?:\\\\\\\\)*)"/', '$1\\"', str_replace( "\\'", "'", $body ) );
		}
		$value = json_decode( '"' . $body . '"' );
		return is_string( $value ) ? $value : null;
	}
}
