import { z } from 'zod';

/**
 * Vendor settings as stored by the plugin (PHP-serialized arrays, camelCase keys, docs/architecture.md).
 * Every field falls back to its default when missing or malformed, so one bad value never disables a
 * vendor. Objects are loose: a vendor engineer adds keys here (add, never rename) and unknown keys pass.
 */

/** PHP stores booleans as b:1 but older code may have written "yes"/"1". */
const phpBool = (fallback: boolean) =>
	z
		.preprocess((v) => (v === 1 || v === '1' || v === 'yes' || v === 'on' ? true : v === 0 || v === '0' || v === '' || v === 'no' ? false : v), z.boolean())
		.catch(fallback);
const text = (fallback = '') => z.union([z.string(), z.number()]).transform(String).catch(fallback);
const region = z.enum(['eu', 'us']).catch('eu');

export const oct8neSettingsSchema = z.looseObject({
	enabled: phpBool(false),
	license: text(),
	region,
	apiToken: text(),
});

export const belcoSettingsSchema = z.looseObject({
	enabled: phpBool(false),
	shopId: text(),
	shopSecret: text(),
	ordersToken: text(),
	hashIdentity: z.enum(['id', 'email']).catch('id'),
});

export const loymaxSettingsSchema = z.looseObject({
	enabled: phpBool(false),
	shopId: text(),
	eventSourceId: text(),
	feedToken: text(),
	// Which id the tracker and the feeds use for each kind (the same keys as the plugin's Loymax module).
	userIdMode: z.enum(['id', 'email', 'phone', 'meta']).catch('id'),
	userIdMetaKey: text(),
	productIdMode: z.enum(['parent', 'variation', 'sku']).catch('parent'),
	categoryIdMode: z.enum(['id', 'slug']).catch('id'),
	orderIdMode: z.enum(['id', 'number']).catch('id'),
});

export const bambuserSettingsSchema = z.looseObject({
	enabled: phpBool(false),
	orgId: text(),
	region,
	queue: text(),
	triggers: z.array(z.enum(['smart', 'manual', 'connect-link', 'queue-link'])).catch([]),
	checkoutMode: z.enum(['same-tab', 'new-tab']).catch('same-tab'),
	/** Post meta holding the barcode agents scan; WooCommerce's own GTIN field by default (the plugin's pattern). */
	gtinMetaKey: z.string().regex(/^[A-Za-z0-9_.:-]{1,191}$/).catch('_global_unique_id'),
});

export const pluginSettingsSchema = z.looseObject({
	sidecarUrl: text('http://127.0.0.1:8787'),
});

export const settingsSchemas = {
	oct8ne: oct8neSettingsSchema,
	belco: belcoSettingsSchema,
	loymax: loymaxSettingsSchema,
	bambuser: bambuserSettingsSchema,
	settings: pluginSettingsSchema,
} as const;

export type SettingsName = keyof typeof settingsSchemas;
export type Settings<N extends SettingsName> = z.output<(typeof settingsSchemas)[N]>;
export type Oct8neSettings = Settings<'oct8ne'>;
export type BelcoSettings = Settings<'belco'>;
export type LoymaxSettings = Settings<'loymax'>;
export type BambuserSettings = Settings<'bambuser'>;
export type PluginSettings = Settings<'settings'>;
