<?php
/**
 * The locale format oct8ne expects.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress locales ("de_DE_formal", "nl_NL", "fr") as oct8ne's "xx-YY".
 */
final class Locale {

	/** Languages whose main country code differs from the language code. */
	private const COUNTRIES = array(
		'en' => 'US',
		'ca' => 'ES',
		'cs' => 'CZ',
		'da' => 'DK',
		'el' => 'GR',
		'et' => 'EE',
		'ja' => 'JP',
		'ko' => 'KR',
		'sv' => 'SE',
		'uk' => 'UA',
		'zh' => 'CN',
	);

	/**
	 * Locale as "xx-YY".
	 *
	 * @param string $wp_locale A WordPress locale such as determine_locale() returns.
	 */
	public static function from_wordpress( string $wp_locale ): string {
		if ( preg_match( '/^([a-z]{2})_([A-Z]{2})/', $wp_locale, $match ) ) {
			return $match[1] . '-' . $match[2];
		}
		$language = preg_match( '/^[a-z]{2}/', $wp_locale, $match ) ? $match[0] : 'en';
		return $language . '-' . ( self::COUNTRIES[ $language ] ?? strtoupper( $language ) );
	}
}
