import { z } from 'zod';
import { readCommonSettings, readVendorManifest, VENDOR_IDS, type ManifestSetting, type VendorId } from './manifest';
import type { VendorSettingsMap } from './settings-types';

/**
 * Vendor settings as stored by the plugin (PHP-serialized arrays, camelCase keys), parsed by zod schemas
 * DERIVED from the plugin's manifests (plugin/manifest/), so keys, defaults, choices and patterns are the
 * plugin's. Every field falls back to its default when missing or malformed, so one bad value never
 * disables a vendor. Objects are loose: keys the sidecar does not know (call templates, consent) pass.
 */

/** PHP stores booleans as b:1 but older code may have written "yes"/"1". */
const phpBool = (fallback: boolean) =>
	z
		.preprocess((v) => (v === 1 || v === '1' || v === 'yes' || v === 'on' ? true : v === 0 || v === '0' || v === '' || v === 'no' ? false : v), z.boolean())
		.catch(fallback);
const text = (fallback = '') => z.union([z.string(), z.number()]).transform(String).catch(fallback);

/** A stored value as the sidecar sees it. */
export type SettingValue = string | number | boolean | string[] | Array<Record<string, unknown>>;

function choices(setting: ManifestSetting): [string, ...string[]] | null {
	const keys = Object.keys(setting.choices ?? {});
	return keys.length > 0 ? (keys as [string, ...string[]]) : null;
}

function stringField(setting: ManifestSetting, fallback: string): z.ZodType<string> {
	const allowed = choices(setting);
	if (allowed) return z.enum(allowed).catch(fallback);
	if (!setting.pattern) return text(fallback);
	return z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(new RegExp(setting.pattern, 'u'))).catch(fallback);
}

function arrayField(setting: ManifestSetting, fallback: SettingValue): z.ZodType<SettingValue> {
	const allowed = setting.items ? choices(setting.items) : null;
	if (allowed) return z.array(z.enum(allowed)).catch(fallback as string[]);
	return z.array(z.record(z.string(), z.unknown())).catch(fallback as Array<Record<string, unknown>>);
}

/** The zod field of one manifest setting: its type, its choices or pattern, its bounds, its default. */
export function settingField(setting: ManifestSetting): z.ZodType<SettingValue> {
	const fallback = setting.default as SettingValue;
	switch (setting.type) {
		case 'boolean':
			return phpBool(fallback as boolean);
		case 'integer':
			return z.coerce.number().int().min(setting.minimum ?? Number.MIN_SAFE_INTEGER).max(setting.maximum ?? Number.MAX_SAFE_INTEGER).catch(fallback as number);
		case 'array':
			return arrayField(setting, fallback);
		default:
			return stringField(setting, fallback as string);
	}
}

/**
 * The schema of one vendor's stored option, from common.json (`enabled`) and its manifest. Its output
 * type is settings-types.ts, generated from the same manifests (a test fails while it is stale).
 * @param id Vendor id.
 */
export function vendorSettingsSchema<N extends VendorId>(id: N): z.ZodType<VendorSettingsMap[N]> {
	const settings = { ...readCommonSettings(), ...readVendorManifest(id).settings };
	const shape = Object.fromEntries(Object.entries(settings).map(([key, setting]) => [key, settingField(setting)]));
	return z.looseObject(shape) as unknown as z.ZodType<VendorSettingsMap[N]>;
}

export const pluginSettingsSchema = z.looseObject({
	sidecarUrl: text('http://127.0.0.1:8787'),
});

const vendorSchemas = Object.fromEntries(VENDOR_IDS.map((id) => [id, vendorSettingsSchema(id)])) as { [N in VendorId]: z.ZodType<VendorSettingsMap[N]> };

export const settingsSchemas = { ...vendorSchemas, settings: pluginSettingsSchema } as const;

export type SettingsName = keyof typeof settingsSchemas;
export type Settings<N extends SettingsName> = z.output<(typeof settingsSchemas)[N]>;
export type Oct8neSettings = Settings<'oct8ne'>;
export type BelcoSettings = Settings<'belco'>;
export type LoymaxSettings = Settings<'loymax'>;
export type BambuserSettings = Settings<'bambuser'>;
export type PluginSettings = Settings<'settings'>;
