<?php
/**
 * Loymax tracker code: the admin-pasted snippet and the per-event call templates.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Vendors\Manifest;

defined( 'ABSPATH' ) || exit;

/**
 * Loymax's public docs lost their code samples, so the exact loader and call syntax are unknown:
 * the admin pastes the snippet from Loymax onboarding (its placeholders become JavaScript string
 * literals here, never raw text) and describes each event's call in the JSON call language
 * (CallLanguage), which the storefront runs without compiling anything.
 */
final class Templates {

	public const SNIPPET = 'trackerSnippet';

	/**
	 * Event kind => the placeholders its call template may use (the template's key is key()), from the
	 * manifest's event list, which the storefront reads too.
	 *
	 * @return array<string, list<string>>
	 */
	public static function events(): array {
		return array_map( 'array_values', Manifest::read( 'loymax' )['events']['kinds'] );
	}

	/** Length limit of a call template. */
	public static function template_max(): int {
		return (int) Manifest::read( 'loymax' )['events']['templateMaxLength'];
	}

	/** @return list<string> the placeholders the tracker snippet may use. */
	private static function snippet_placeholders(): array {
		return Manifest::read( 'loymax' )['events']['snippetPlaceholders'];
	}

	/**
	 * Settings key of an event kind's call template, e.g. cartAdd => templateCartAdd.
	 *
	 * @param string $kind Event kind.
	 */
	public static function key( string $kind ): string {
		return 'template' . ucfirst( $kind );
	}

	/** @return array<string, string> template settings key => event kind. */
	public static function keys(): array {
		$keys = array();
		foreach ( array_keys( self::events() ) as $kind ) {
			$keys[ self::key( $kind ) ] = $kind;
		}
		return $keys;
	}

	/**
	 * Why a snippet or template cannot be stored, or null when it can.
	 *
	 * @param string $key  Settings key (trackerSnippet or a template key).
	 * @param string $code The code as posted.
	 */
	public static function problem( string $key, string $code ): ?string {
		if ( self::SNIPPET !== $key ) {
			$problem = CallLanguage::problem( $code, self::events()[ self::keys()[ $key ] ] );
			/* translators: 1: settings key, 2: what is wrong. */
			return null === $problem ? null : sprintf( __( '%1$s: %2$s', 'commerce-bridge' ), $key, $problem );
		}
		// Either sequence would end or derail the <script> element the snippet is printed in.
		if ( preg_match( '#</script|<!--#i', $code ) ) {
			/* translators: %s: settings key. */
			return sprintf( __( '%s must be plain JavaScript without </script> or <!--: paste only the code inside the <script> element.', 'commerce-bridge' ), $key );
		}
		$unknown = array_diff( self::placeholders( $code ), self::snippet_placeholders() );
		if ( $unknown ) {
			return sprintf(
				/* translators: 1: settings key, 2: unknown placeholders, 3: allowed placeholders. */
				__( '%1$s uses unknown placeholder(s) %2$s; allowed here: %3$s.', 'commerce-bridge' ),
				$key,
				'{' . implode( '}, {', $unknown ) . '}',
				'{' . implode( '}, {', self::snippet_placeholders() ) . '}'
			);
		}
		return null;
	}

	/**
	 * The snippet with {SHOP_ID} and {ESRC_ID} replaced by string literals.
	 *
	 * @param string $snippet  Admin-pasted loader code.
	 * @param string $shop_id  Settings shopId.
	 * @param string $event_source Settings eventSourceId.
	 */
	public static function render_snippet( string $snippet, string $shop_id, string $event_source ): string {
		return strtr(
			$snippet,
			array(
				'{SHOP_ID}' => self::literal( $shop_id ),
				'{ESRC_ID}' => self::literal( $event_source ),
			)
		);
	}

	/**
	 * A JavaScript string literal that is also safe inside an HTML <script> element: JSON with <, >,
	 * &, quotes and every non-ASCII character (U+2028/2029 included) escaped.
	 *
	 * @param string $value Any text.
	 */
	public static function literal( string $value ): string {
		return (string) wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS );
	}

	/**
	 * Placeholder names ({UPPER_CASE}) used in code.
	 *
	 * @param string $code Snippet or template.
	 * @return list<string>
	 */
	public static function placeholders( string $code ): array {
		preg_match_all( '/\{([A-Z][A-Z0-9_]*)\}/', $code, $matches );
		return array_values( array_unique( $matches[1] ) );
	}
}
