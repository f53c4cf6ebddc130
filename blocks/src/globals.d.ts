/**
 * The page config printed by PHP (see docs/architecture.md, "Page config global") and the
 * storefront event API published by the storefront bundle. Declared once, here.
 */
import type { ConsentPolicy } from './storefront/consent';
import type { CommerceBridgeEvents } from './storefront/types';

declare global {
	type CommerceBridgeVendorId = 'oct8ne' | 'belco' | 'loymax' | 'bambuser';

	/**
	 * Refined per vendor by declaration merging in that vendor's module, e.g.
	 * `interface CommerceBridgeVendorConfigs { belco: { shopId: string } }`.
	 */
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by vendor modules
	interface CommerceBridgeVendorConfigs {}

	interface CommerceBridgeConfig {
		restUrl: string;
		/** wp_rest nonce for this plugin's shopper routes (see storefront/client.ts shopperGet). */
		restNonce: string;
		/** WordPress's endpoint answering a fresh wp_rest nonce (admin-ajax `rest-nonce`). */
		restNonceUrl: string;
		proxyUrl: string;
		storeApiUrl: string;
		currency: string;
		locale: string;
		page: {
			type:
				| 'product'
				| 'category'
				| 'cart'
				| 'checkout'
				| 'order-received'
				| 'account'
				| 'other';
			productId?: number;
			categoryId?: number;
			orderId?: number;
			orderKey?: string;
		};
		events: Array< { type: string; payload: Record< string, unknown > } >;
		vendors: Partial<
			Record< CommerceBridgeVendorId, Record< string, unknown > > &
				CommerceBridgeVendorConfigs
		>;
		/** Null when consent decides nothing on this site (plugin/src/Consent/VendorConsent.php). */
		consent?: ConsentPolicy | null;
	}

	interface Window {
		commerceBridge?: CommerceBridgeConfig;
		commerceBridgeEvents?: CommerceBridgeEvents;
		/** Vendor bootstraps that ran before the storefront bundle; it starts them. */
		commerceBridgeBoot?: Array< ( events: CommerceBridgeEvents ) => void >;
	}
}

export {};
