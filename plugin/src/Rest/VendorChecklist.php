<?php
/**
 * A vendor's state (off / incomplete / live) and the checklist behind it, for the settings app.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

use CommerceBridge\Health\SidecarHealth;
use CommerceBridge\Health\VendorKeys;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Built from what Site Health already judges (VendorKeys, SidecarHealth): the app renders it and never
 * checks a key itself. Live means switched on, every key complete and well formed, and the sidecar
 * answering; anything else switched on is incomplete, with the failing lines saying why.
 */
final class VendorChecklist {

	public const OFF        = 'off';
	public const INCOMPLETE = 'incomplete';
	public const LIVE       = 'live';

	/**
	 * The `state`, `checklist` and `requiredKeys` members of a vendor's settings answer.
	 *
	 * @param VendorModule  $module  A vendor.
	 * @param SidecarHealth $sidecar The sidecar's answer in this request.
	 */
	public static function for_module( VendorModule $module, SidecarHealth $sidecar ): array {
		$items = array_merge(
			array( self::enabled_item( $module ) ),
			self::key_items( $module ),
			array( self::sidecar_item( $sidecar ) )
		);
		$failing = array_filter( array_slice( $items, 1 ), static fn ( array $item ) => ! $item['ok'] );
		$state   = $module->is_enabled() ? ( $failing ? self::INCOMPLETE : self::LIVE ) : self::OFF;
		return array(
			'state'        => $state,
			'checklist'    => $items,
			'requiredKeys' => $module->required_keys(),
		);
	}

	private static function enabled_item( VendorModule $module ): array {
		return self::item(
			'enabled',
			$module->is_enabled(),
			$module->is_enabled()
				? __( 'Switched on.', 'commerce-bridge' )
				/* translators: %s: vendor name. */
				: sprintf( __( 'Switched off: %s does not load on the storefront.', 'commerce-bridge' ), $module->label() )
		);
	}

	/** @return list<array> one line per required key, then one per other key with a problem. */
	private static function key_items( VendorModule $module ): array {
		$problems   = VendorKeys::problems( $module, $module->values() );
		$properties = $module->schema()['properties'];
		$items      = array();
		foreach ( $module->required_keys() as $key ) {
			/* translators: %s: setting title, e.g. License. */
			$filled  = sprintf( __( '%s is filled in.', 'commerce-bridge' ), (string) ( $properties[ $key ]['title'] ?? $key ) );
			$items[] = self::item( 'key:' . $key, ! isset( $problems[ $key ] ), $problems[ $key ] ?? $filled );
		}
		foreach ( array_diff_key( $problems, array_flip( $module->required_keys() ) ) as $key => $problem ) {
			$items[] = self::item( 'key:' . $key, false, $problem );
		}
		return $items;
	}

	private static function sidecar_item( SidecarHealth $sidecar ): array {
		return self::item(
			'sidecar',
			$sidecar->reachable,
			$sidecar->reachable
				? __( 'The sidecar answers.', 'commerce-bridge' )
				: __( 'The sidecar does not answer: the vendor gets no product, order or feed data (see Status).', 'commerce-bridge' )
		);
	}

	/**
	 * One checklist line.
	 *
	 * @param string $id    Stable id (enabled, key:<field>, sidecar).
	 * @param bool   $ok    Whether this part is in order.
	 * @param string $label What the owner reads.
	 */
	private static function item( string $id, bool $ok, string $label ): array {
		return array(
			'id'    => $id,
			'ok'    => $ok,
			'label' => $label,
		);
	}
}
