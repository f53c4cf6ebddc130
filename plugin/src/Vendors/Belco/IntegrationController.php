<?php
/**
 * Belco's custom integrations: the orders API and customer frame URLs, with the orders token.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Vendors\VendorIntegration;

defined( 'ABSPATH' ) || exit;

/**
 * Both URLs carry the orders token the shop generated; rotating it replaces both.
 */
final class IntegrationController extends VendorIntegration {

	public function token_key(): ?string {
		return 'ordersToken';
	}

	public function urls(): array {
		/* translators: %s: Belco's field. */
		$where = __( 'Belco → Settings → Integrations → Other → %s.', 'commerce-bridge' );
		return array(
			$this->tokened_url( 'orders', __( 'Custom orders URL', 'commerce-bridge' ), sprintf( $where, __( 'Custom orders', 'commerce-bridge' ) ), '/commerce-bridge/belco/orders' ),
			$this->tokened_url( 'frame', __( 'Custom frame URL', 'commerce-bridge' ), sprintf( $where, __( 'Custom frame', 'commerce-bridge' ) ), '/commerce-bridge/belco/frame' ),
		);
	}
}
