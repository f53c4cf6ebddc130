<?php
/**
 * Bambuser One-to-One: video shopping calls.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings and storefront config of Bambuser One-to-One.
 */
final class BambuserModule extends VendorModule {

	public function id(): string {
		return 'bambuser';
	}

	public function label(): string {
		return 'Bambuser One-to-One';
	}

	public function defaults(): array {
		return array(
			'enabled'      => false,
			'orgId'        => '',
			'region'       => 'eu',
			'queue'        => '',
			'triggers'     => '',
			'checkoutMode' => 'same-tab',
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'orgId'        => self::text( __( 'Organisation id', 'commerce-bridge' ), __( 'Your Bambuser organisation id.', 'commerce-bridge' ) ),
				'region'       => self::choice( __( 'Region', 'commerce-bridge' ), __( 'Data centre of your Bambuser account.', 'commerce-bridge' ), array( 'eu', 'us' ) ),
				'queue'        => self::text( __( 'Queue', 'commerce-bridge' ), __( 'Queue id that incoming calls join; empty for the default queue.', 'commerce-bridge' ) ),
				'triggers'     => self::text( __( 'Triggers', 'commerce-bridge' ), __( 'CSS selectors (comma separated) of elements that open a call.', 'commerce-bridge' ) ),
				'checkoutMode' => self::choice( __( 'Checkout opens in', 'commerce-bridge' ), __( 'Whether checkout from a call opens in the same tab or a new tab.', 'commerce-bridge' ), array( 'same-tab', 'new-tab' ) ),
			)
		);
	}

	public function public_config(): array {
		return array_intersect_key( $this->values(), array_flip( array( 'orgId', 'region', 'queue', 'triggers', 'checkoutMode' ) ) );
	}
}
