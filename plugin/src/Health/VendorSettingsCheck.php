<?php
/**
 * Site Health: has every enabled vendor the keys it needs, in the right shape?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * The stored values of each enabled vendor judged by VendorKeys (required keys, schema shapes, the
 * vendor's validate()). A value saved before a rule existed (or written around the API) shows up here.
 */
final class VendorSettingsCheck implements HealthCheck {

	/**
	 * Constructor.
	 *
	 * @param Registry $registry Vendor modules.
	 */
	public function __construct( private Registry $registry ) {
	}

	public function id(): string {
		return 'vendor_settings';
	}

	public function label(): string {
		return __( 'Commerce Bridge vendor settings', 'commerce-bridge' );
	}

	/** @return array<string, string> vendor id => what is missing or malformed, for enabled vendors only. */
	public function incomplete(): array {
		$problems = array();
		foreach ( $this->registry->all() as $module ) {
			$problem = $module->is_enabled() ? self::problem( $module ) : null;
			if ( null !== $problem ) {
				$problems[ $module->id() ] = $problem;
			}
		}
		return $problems;
	}

	/**
	 * Everything wrong with a vendor's stored values, in sentences, null when none.
	 *
	 * @param VendorModule $module A vendor.
	 */
	public static function problem( VendorModule $module ): ?string {
		$problems = VendorKeys::problems( $module, $module->values() );
		return $problems ? rtrim( implode( ' ', $problems ), '.' ) : null;
	}

	public function run(): HealthResult {
		$enabled = array_filter( $this->registry->all(), static fn ( VendorModule $module ) => $module->is_enabled() );
		$lines   = array();
		foreach ( $this->incomplete() as $id => $problem ) {
			$lines[] = $this->registry->get( $id )->label() . ': ' . $problem . '.';
		}
		if ( $lines ) {
			return new HealthResult(
				HealthResult::RECOMMENDED,
				__( 'An enabled vendor is not fully set up', 'commerce-bridge' ),
				/* translators: %s: vendor problems */
				sprintf( __( '%s Complete it under WooCommerce → Commerce Bridge, or switch the vendor off until you have its keys.', 'commerce-bridge' ), implode( ' ', $lines ) )
			);
		}
		$names = implode( ', ', array_map( static fn ( VendorModule $module ) => $module->label(), $enabled ) );
		/* translators: %s: vendor names */
		return new HealthResult( HealthResult::GOOD, __( 'Every enabled vendor is set up', 'commerce-bridge' ), $enabled ? sprintf( __( 'Required keys are present and well formed for: %s.', 'commerce-bridge' ), $names ) : __( 'No vendor is enabled.', 'commerce-bridge' ) );
	}
}
