<?php
/**
 * Loymax SmartCom: marketing automation (tracking, product feed).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings and storefront config of Loymax SmartCom.
 */
final class LoymaxModule extends VendorModule {

	public function id(): string {
		return 'loymax';
	}

	public function label(): string {
		return 'Loymax SmartCom';
	}

	public function defaults(): array {
		return array(
			'enabled'       => false,
			'shopId'        => '',
			'eventSourceId' => '',
			'feedToken'     => '',
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'shopId'        => self::text( __( 'Shop id', 'commerce-bridge' ), __( 'Your shop id in Loymax SmartCom.', 'commerce-bridge' ) ),
				'eventSourceId' => self::text( __( 'Event source id', 'commerce-bridge' ), __( 'Id of the event source the tracker reports to.', 'commerce-bridge' ) ),
				'feedToken'     => self::text( __( 'Feed token', 'commerce-bridge' ), __( 'Token in the product feed URL; generated on activation. Stored, never shown again.', 'commerce-bridge' ), true ),
			)
		);
	}

	public function generated_secrets(): array {
		return array( 'feedToken' );
	}

	public function public_config(): array {
		$values = $this->values();
		return array(
			'shopId'        => $values['shopId'],
			'eventSourceId' => $values['eventSourceId'],
		);
	}
}
