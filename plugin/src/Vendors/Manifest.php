<?php
/**
 * A vendor's manifest: the one source of its settings contract.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors;

defined( 'ABSPATH' ) || exit;

/**
 * Reads `manifest/<vendor>.json` (settings keys, types, defaults, secrets, patterns, labels; for Loymax
 * also its events), which the sidecar reads too and the docs are checked against. Its English texts
 * are translated here through the plugin's text domain (the .pot lists them, bin/make-pot.ts).
 */
final class Manifest {

	/** The value types a setting may have (the sidecar's reader knows the same four). */
	private const TYPES = array( 'string', 'boolean', 'integer', 'array' );

	/** @var array<string, array> decoded files by name, read once per request. */
	private static array $files = array();

	/**
	 * Constructor.
	 *
	 * @param array $data The decoded manifest.
	 */
	private function __construct( private array $data ) {
	}

	/**
	 * The manifest of a vendor.
	 *
	 * @param string $id Vendor id.
	 */
	public static function vendor( string $id ): self {
		$lists = array_fill_keys( array( 'requiredKeys', 'generatedSecrets', 'consentCategories' ), array() );
		return new self( self::read( $id ) + array( 'label' => $id ) + $lists );
	}

	/**
	 * A decoded manifest file, checked once: a broken file is a packaging error, so it stops loudly.
	 *
	 * @param string $name File name without .json.
	 * @throws \UnexpectedValueException When the file is missing or malformed.
	 */
	public static function read( string $name ): array {
		if ( ! isset( self::$files[ $name ] ) ) {
			$path = self::directory() . $name . '.json';
			$data = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file of the plugin.
			if ( ! is_array( $data ) || ! self::well_formed( $data ) ) {
				throw new \UnexpectedValueException( esc_html( "Commerce Bridge: manifest/$name.json is missing or malformed." ) );
			}
			self::$files[ $name ] = $data;
		}
		return self::$files[ $name ];
	}

	/** The folder of the manifests, shipped with the plugin. */
	public static function directory(): string {
		return COMMERCE_BRIDGE_DIR . 'manifest/';
	}

	/** Human name shown in wp-admin (a product name: not translated). */
	public function label(): string {
		return (string) $this->data['label'];
	}

	/** @return array<string, mixed> each setting's default, in the manifest's order. */
	public function defaults(): array {
		return array_map( static fn ( array $setting ) => $setting['default'], $this->data['settings'] );
	}

	/** @return array<string, array> JSON schema properties (translated), in the manifest's order. */
	public function properties(): array {
		return array_map( array( self::class, 'property' ), $this->data['settings'] );
	}

	/** @return list<string> */
	public function required_keys(): array {
		return $this->data['requiredKeys'];
	}

	/** @return list<string> */
	public function generated_secrets(): array {
		return $this->data['generatedSecrets'];
	}

	/** @return list<string> the consent categories the vendor needs by default. */
	public function consent_categories(): array {
		return $this->data['consentCategories'];
	}

	/**
	 * A vendor-specific part of the manifest (Loymax's events), as written.
	 *
	 * @param string $key Top-level key.
	 */
	public function part( string $key ): array {
		return (array) ( $this->data[ $key ] ?? array() );
	}

	/**
	 * A manifest setting as a WordPress JSON schema property: `choices` become `enum` + `enumLabels`,
	 * `secret` becomes `writeOnly`, texts are translated, `default` is left to defaults().
	 *
	 * @param array $setting Setting (or list item) from the manifest.
	 */
	public static function property( array $setting ): array {
		unset( $setting['default'] );
		foreach ( array( 'title', 'description', 'patternMessage' ) as $text ) {
			if ( isset( $setting[ $text ] ) ) {
				$setting[ $text ] = self::translate( $setting[ $text ] );
			}
		}
		if ( isset( $setting['choices'] ) ) {
			$setting += array(
				'enum'       => array_map( 'strval', array_keys( $setting['choices'] ) ),
				'enumLabels' => array_map( array( self::class, 'translate' ), $setting['choices'] ),
			);
			unset( $setting['choices'] );
		}
		if ( ! empty( $setting['secret'] ) ) {
			$setting['writeOnly'] = true;
		}
		unset( $setting['secret'] );
		if ( isset( $setting['items'] ) ) {
			$setting['items'] = self::property( $setting['items'] );
		}
		if ( isset( $setting['properties'] ) ) {
			$setting['properties'] = array_map( array( self::class, 'property' ), $setting['properties'] );
		}
		return $setting;
	}

	/**
	 * An English manifest text in the site's language.
	 *
	 * @param string $text Text as written in the manifest (listed in the .pot by bin/make-pot.ts).
	 */
	public static function translate( string $text ): string {
		return translate( $text, 'commerce-bridge' ); // phpcs:ignore WordPress.WP.I18n -- the texts come from the manifest; make-pot extracts them there.
	}

	/**
	 * The shape every reader relies on: lists where lists are expected, a type and a default per setting.
	 *
	 * @param array $data Decoded file.
	 */
	private static function well_formed( array $data ): bool {
		if ( ! isset( $data['settings'] ) || ! is_array( $data['settings'] ) ) {
			return false;
		}
		foreach ( $data['settings'] as $setting ) {
			if ( ! is_array( $setting ) || ! in_array( $setting['type'] ?? null, self::TYPES, true ) || ! array_key_exists( 'default', $setting ) ) {
				return false;
			}
		}
		foreach ( array( 'requiredKeys', 'generatedSecrets', 'consentCategories' ) as $list ) {
			if ( isset( $data[ $list ] ) && ! array_is_list( $data[ $list ] ) ) {
				return false;
			}
		}
		return true;
	}
}
