// Generated from plugin/manifest/*.json by `npm run manifest -- --write`; do not edit.

/** commerce_bridge_oct8ne (plugin/manifest/oct8ne.json). */
export interface Oct8neSettings {
	readonly enabled: boolean;
	readonly license: string;
	readonly region: 'eu' | 'us';
	readonly apiToken: string;
	readonly server: string;
	readonly staticServer: string;
	readonly email: string;
	readonly loading: 'immediate' | 'deferred' | 'manual';
	readonly loadDelay: number;
}

/** commerce_bridge_belco (plugin/manifest/belco.json). */
export interface BelcoSettings {
	readonly enabled: boolean;
	readonly shopId: string;
	readonly shopSecret: string;
	readonly ordersToken: string;
	readonly hashIdentity: 'id' | 'email';
}

/** commerce_bridge_loymax (plugin/manifest/loymax.json). */
export interface LoymaxSettings {
	readonly enabled: boolean;
	readonly shopId: string;
	readonly eventSourceId: string;
	readonly feedToken: string;
	readonly trackerSnippet: string;
	readonly userIdMode: 'id' | 'email' | 'phone' | 'meta';
	readonly userIdMetaKey: string;
	readonly productIdMode: 'parent' | 'variation' | 'sku';
	readonly categoryIdMode: 'id' | 'slug';
	readonly orderIdMode: 'id' | 'number';
	readonly sectionMap: Array<Record<string, unknown>>;
	readonly cleanupAfterOrder: boolean;
	readonly cleanupOnLogout: boolean;
	readonly favouriteEvent: string;
	readonly backInStockEvent: string;
}

/** commerce_bridge_bambuser (plugin/manifest/bambuser.json). */
export interface BambuserSettings {
	readonly enabled: boolean;
	readonly orgId: string;
	readonly region: 'eu' | 'us';
	readonly queue: string;
	readonly triggers: Array<'smart' | 'manual' | 'connect-link' | 'queue-link'>;
	readonly checkoutMode: 'same-tab' | 'new-tab';
	readonly minimize: boolean;
	readonly shareShopper: boolean;
	readonly gtinMetaKey: string;
}

export interface VendorSettingsMap {
	oct8ne: Oct8neSettings;
	belco: BelcoSettings;
	loymax: LoymaxSettings;
	bambuser: BambuserSettings;
}
