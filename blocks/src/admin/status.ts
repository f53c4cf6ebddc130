/** What the status panel advises, from GET /status (pure, for jest). */
import { __ } from '@wordpress/i18n';

import type { BridgeStatus } from './api';

/**
 * What the owner should do next, in the order the problems block each other; null when all is well.
 * @param status GET /status.
 */
export function nextStep( status: BridgeStatus ): string | null {
	if ( ! status.woocommerce.active ) {
		return __(
			'Activate WooCommerce: the vendors work with its products, carts and orders.',
			'commerce-bridge'
		);
	}
	if ( ! status.sidecar.ok && status.sidecar.db !== 'down' ) {
		return __(
			'Start the sidecar, or correct its address: until it answers, vendor widgets and platforms get no product, order or feed data. Tools → Site Health has the details.',
			'commerce-bridge'
		);
	}
	if ( status.sidecar.db === 'down' ) {
		return __(
			"The sidecar answers but cannot read the shop's database: check the database address and user in its environment (DATABASE_URL).",
			'commerce-bridge'
		);
	}
	return null;
}
