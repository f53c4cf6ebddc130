<?php
/**
 * oct8ne: live chat with product co-browsing.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings and storefront config of oct8ne.
 */
final class Oct8neModule extends VendorModule {

	public function id(): string {
		return 'oct8ne';
	}

	public function label(): string {
		return 'oct8ne';
	}

	public function defaults(): array {
		return array(
			'enabled'  => false,
			'license'  => '',
			'region'   => 'eu',
			'apiToken' => '',
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'license'  => self::text( __( 'License', 'commerce-bridge' ), __( 'The license id from your oct8ne control panel.', 'commerce-bridge' ) ),
				'region'   => self::choice( __( 'Region', 'commerce-bridge' ), __( 'Data centre of your oct8ne account.', 'commerce-bridge' ), array( 'eu', 'us' ) ),
				'apiToken' => self::text( __( 'API token', 'commerce-bridge' ), __( 'Token oct8ne sends when it calls the shop\'s frame API. Stored, never shown again.', 'commerce-bridge' ), true ),
			)
		);
	}

	public function public_config(): array {
		$values = $this->values();
		return array(
			'license' => $values['license'],
			'region'  => $values['region'],
		);
	}
}
