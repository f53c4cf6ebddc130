<?php
/**
 * Base of the four vendor modules.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Options;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * A vendor declares its settings once (defaults() + schema()); storage, secrets and the REST API
 * follow from that declaration.
 */
abstract class VendorModule implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store      $store  WooCommerce port.
	 * @param EventQueue $events Next-page event queue.
	 */
	public function __construct( protected Store $store, protected EventQueue $events ) {
	}

	/** Vendor id: option suffix, REST segment, script handle suffix, proxy segment. */
	abstract public function id(): string;

	/** Human name shown in wp-admin. */
	abstract public function label(): string;

	/** @return array<string, bool|string> default values; the same keys as schema()['properties']. */
	abstract public function defaults(): array;

	/** JSON schema (draft 4 subset understood by WordPress) of the values object. */
	abstract public function schema(): array;

	/** @return array<string, mixed> what the storefront may see; never a secret. */
	abstract public function public_config(): array;

	/** Hooks of this vendor; called for every module, so storefront hooks must check is_enabled(). */
	public function register(): void {
	}

	/**
	 * Checks beyond the JSON schema (e.g. template placeholders); a message makes the REST API answer 400.
	 *
	 * @param array $changes Sanitized partial values.
	 */
	public function validate( array $changes ): ?string {
		return null;
	}

	/** @return list<string> secret keys that activation fills with a random token when empty. */
	public function generated_secrets(): array {
		return array();
	}

	public function option_name(): string {
		return Options::PREFIX . $this->id();
	}

	/** Stored values over the defaults, limited to the declared keys. */
	public function values(): array {
		$stored   = get_option( $this->option_name(), array() );
		$defaults = $this->defaults();
		return array_merge( $defaults, array_intersect_key( is_array( $stored ) ? $stored : array(), $defaults ) );
	}

	public function is_enabled(): bool {
		return (bool) $this->values()['enabled'];
	}

	/** @return list<string> keys marked writeOnly in the schema. */
	public function secret_keys(): array {
		$secret = static fn ( array $property ) => ! empty( $property['writeOnly'] );
		return array_keys( array_filter( $this->schema()['properties'], $secret ) );
	}

	/**
	 * Stores validated changes: omitted keys stay as they are, "" clears a secret.
	 *
	 * @param array $changes Sanitized partial values.
	 */
	public function update( array $changes ): void {
		update_option( $this->option_name(), array_merge( $this->values(), array_intersect_key( $changes, $this->defaults() ) ), true );
	}

	/** Values for the admin: secrets replaced by {isSet}. */
	public function redacted_values(): array {
		$values = $this->values();
		foreach ( $this->secret_keys() as $key ) {
			$values[ $key ] = array( 'isSet' => '' !== (string) $values[ $key ] );
		}
		return $values;
	}

	/**
	 * Schema of a plain text setting.
	 *
	 * @param string $title       Label.
	 * @param string $description Help text.
	 * @param bool   $secret      Write-only (never returned by the API).
	 */
	protected static function text( string $title, string $description, bool $secret = false ): array {
		$property = array(
			'type'        => 'string',
			'title'       => $title,
			'description' => $description,
			'maxLength'   => 255,
		);
		return $secret ? $property + array( 'writeOnly' => true ) : $property;
	}

	/**
	 * Schema of a choice.
	 *
	 * @param string                $title       Label.
	 * @param string                $description Help text.
	 * @param array<string, string> $choices     Allowed values => their labels.
	 */
	protected static function choice( string $title, string $description, array $choices ): array {
		return array(
			'type'        => 'string',
			'title'       => $title,
			'description' => $description,
		) + self::options( $choices );
	}

	/**
	 * The enum of a choice with a label per value: the settings app shows the labels, never a raw value.
	 *
	 * @param array<string, string> $choices Allowed values => their labels.
	 */
	public static function options( array $choices ): array {
		return array(
			'enum'       => array_keys( $choices ),
			'enumLabels' => $choices,
		);
	}

	/**
	 * Wraps properties into the object schema, with the common "enabled" switch first.
	 *
	 * @param array $properties Vendor properties.
	 */
	protected function object_schema( array $properties ): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => $this->label(),
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'enabled' => array(
					'type'        => 'boolean',
					/* translators: %s: vendor name. */
					'title'       => sprintf( __( 'Enable %s', 'commerce-bridge' ), $this->label() ),
					'description' => __( 'Loads the widget on the storefront and answers this vendor\'s API calls.', 'commerce-bridge' ),
				),
			) + $properties,
		);
	}
}
