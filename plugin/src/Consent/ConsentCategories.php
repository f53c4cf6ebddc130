<?php
/**
 * The consent categories of the WP Consent API and the per-vendor setting naming them.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Consent;

defined( 'ABSPATH' ) || exit;

/**
 * Every vendor declares `consentCategories` in its defaults and schema through property(): a vendor
 * loads only once the visitor granted each listed category.
 */
final class ConsentCategories {

	/** Vendor setting key. */
	public const KEY = 'consentCategories';

	/** The WP Consent API's categories. */
	public const ALL = array( 'functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing' );

	/** Schema of the vendor setting: at least one category, each once. */
	public static function property(): array {
		return array(
			'type'        => 'array',
			'title'       => __( 'Consent categories', 'commerce-bridge' ),
			'description' => __( 'With a consent plugin (WP Consent API), this vendor loads only once the visitor has accepted every category ticked here.', 'commerce-bridge' ),
			'items'       => array(
				'type'       => 'string',
				'enum'       => self::ALL,
				'enumLabels' => self::labels(),
			),
			'minItems'    => 1,
			'uniqueItems' => true,
		);
	}

	/** @return array<string, string> each category in plain words (the settings app shows these). */
	public static function labels(): array {
		return array(
			'functional'           => __( 'Functional', 'commerce-bridge' ),
			'preferences'          => __( 'Preferences', 'commerce-bridge' ),
			'statistics'           => __( 'Statistics', 'commerce-bridge' ),
			'statistics-anonymous' => __( 'Anonymous statistics', 'commerce-bridge' ),
			'marketing'            => __( 'Marketing', 'commerce-bridge' ),
		);
	}

	/**
	 * The valid categories of a stored value; a damaged value falls back to the strictest category.
	 *
	 * @param mixed $value Stored setting.
	 * @return list<string>
	 */
	public static function of( $value ): array {
		$valid = is_array( $value ) ? array_values( array_intersect( self::ALL, $value ) ) : array();
		return $valid ? $valid : array( 'marketing' );
	}
}
