<?php
/**
 * Base of the four vendor modules.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors;

use CommerceBridge\Consent\ConsentCategories;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Events\OrderReport;
use CommerceBridge\Events\Subscriber;
use CommerceBridge\Options;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * A vendor declares its settings once (defaults() + schema()); storage, secrets and the REST API
 * follow from that declaration.
 */
abstract class VendorModule implements Registerable {

	/** @var list<string>|null secret_keys(), once known. */
	private ?array $secret_keys = null;

	private ?Manifest $manifest = null;

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
	public function label(): string {
		return $this->manifest()->label();
	}

	/** The vendor's settings contract (manifest/<id>.json), shared with the sidecar and the docs. */
	public function manifest(): Manifest {
		$this->manifest ??= Manifest::vendor( $this->id() );
		return $this->manifest;
	}

	/** @return array<string, mixed> default values; the same keys as schema()['properties']. */
	public function defaults(): array {
		return array( 'enabled' => Manifest::read( 'common' )['settings']['enabled']['default'] )
			+ $this->manifest()->defaults()
			+ array( ConsentCategories::KEY => $this->manifest()->consent_categories() );
	}

	/** JSON schema (draft 4 subset understood by WordPress) of the values object. */
	public function schema(): array {
		return $this->object_schema( $this->manifest()->properties() );
	}

	/** @return array<string, mixed> what the storefront may see; never a secret. */
	abstract public function public_config(): array;

	/** Hooks of this vendor; called for every module, so storefront hooks must check is_enabled(). */
	public function register(): void {
	}

	/** @return list<Subscriber> this vendor's listeners to commerce events (Events\Emitter calls them while it is enabled). */
	public function subscribers(): array {
		return array();
	}

	/** This vendor's report of a placed order (Events\OrderPlacedRoute), null when it sends none. */
	public function order_report(): ?OrderReport {
		return null;
	}

	/**
	 * Checks beyond the JSON schema (e.g. template placeholders); a message makes the REST API answer 400.
	 *
	 * @param array $changes Sanitized partial values.
	 */
	public function validate( array $changes ): ?string {
		return null;
	}

	/** @return list<string> keys that must not be empty for an enabled vendor to work (Site Health, the admin notice). */
	public function required_keys(): array {
		return $this->manifest()->required_keys();
	}

	/** @return list<string> secret keys that activation fills with a random token when empty. */
	public function generated_secrets(): array {
		return $this->manifest()->generated_secrets();
	}

	/** The vendor's values except its secrets; autoloaded, since the storefront reads it on every page. */
	public function option_name(): string {
		return Options::PREFIX . $this->id();
	}

	/** The vendor's secrets (secret_keys()); not autoloaded, read only where a secret is used. */
	public function secrets_option_name(): string {
		return $this->option_name() . Options::SECRETS_SUFFIX;
	}

	/**
	 * Stored values over the defaults, limited to the declared keys, secrets included. A secret still in
	 * the vendor option (written before the upgrade moved it, or by an older version) wins, as in the sidecar.
	 */
	public function values(): array {
		$secrets = $this->secret_keys() ? self::stored( $this->secrets_option_name() ) : array();
		return array_merge( $this->defaults(), array_intersect_key( self::stored( $this->option_name() ) + $secrets, $this->defaults() ) );
	}

	/** values() without the secrets, from the autoloaded option only: for the storefront's per-page config. */
	public function public_values(): array {
		$public = array_diff_key( $this->defaults(), array_flip( $this->secret_keys() ) );
		return array_merge( $public, array_intersect_key( self::stored( $this->option_name() ), $public ) );
	}

	/**
	 * Writes complete values: secrets into the non-autoloaded option, the rest into the autoloaded one.
	 *
	 * @param array $values Values with the declared keys.
	 */
	public function save( array $values ): void {
		$secret = array_flip( $this->secret_keys() );
		if ( $secret ) {
			update_option( $this->secrets_option_name(), array_intersect_key( $values, $secret ), false );
		}
		update_option( $this->option_name(), array_diff_key( $values, $secret ), true );
	}

	/** True while the autoloaded option still holds a secret (a site from before secrets moved out). */
	public function has_secrets_in_public_option(): bool {
		return (bool) array_intersect_key( self::stored( $this->option_name() ), array_flip( $this->secret_keys() ) );
	}

	/** From the autoloaded option only: asked for every vendor on every page. */
	public function is_enabled(): bool {
		return (bool) $this->public_values()['enabled'];
	}

	/** @return list<string> keys marked writeOnly in the schema (computed once: the schema is translated). */
	public function secret_keys(): array {
		$secret              = static fn ( array $property ) => ! empty( $property['writeOnly'] );
		$this->secret_keys ??= array_keys( array_filter( $this->schema()['properties'], $secret ) );
		return $this->secret_keys;
	}

	/**
	 * Stores validated changes: omitted keys stay as they are, "" clears a secret.
	 *
	 * @param array $changes Sanitized partial values.
	 */
	public function update( array $changes ): void {
		$this->save( array_merge( $this->values(), array_intersect_key( $changes, $this->defaults() ) ) );
	}

	/**
	 * An option's array, empty when missing or not an array.
	 *
	 * @param string $name Option name.
	 */
	private static function stored( string $name ): array {
		$stored = get_option( $name, array() );
		return is_array( $stored ) ? $stored : array();
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
	 * Wraps properties into the object schema, with the common "enabled" switch first and the consent
	 * categories last (each vendor's defaults() names its own categories).
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
				'enabled' => $this->enabled_property(),
			) + $properties + array( ConsentCategories::KEY => ConsentCategories::property() ),
		);
	}

	/** The common switch (manifest/common.json), its title naming the vendor ("Enable %s"). */
	private function enabled_property(): array {
		$property          = Manifest::property( Manifest::read( 'common' )['settings']['enabled'] );
		$property['title'] = sprintf( $property['title'], $this->label() );
		return $property;
	}
}
