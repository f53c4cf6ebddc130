import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The plugin's manifests (plugin/manifest/<vendor>.json, common.json): each vendor's settings contract,
 * written once and read by the plugin (Vendors/Manifest.php), this sidecar and the docs check. Read at
 * start from the plugin's folder beside the sidecar (the Dockerfile copies it; see the README's deploy).
 * Objects are loose: a sidecar older than the plugin beside it ignores words a newer manifest adds.
 */
export const MANIFEST_DIR = join(__dirname, '..', '..', '..', 'plugin', 'manifest');

export const VENDOR_IDS = ['oct8ne', 'belco', 'loymax', 'bambuser'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

const json = z.json();

/** One setting (or a list's item): the JSON-schema words the plugin uses, plus `default`, `choices`, `secret`. */
export interface ManifestSetting {
	type: 'string' | 'boolean' | 'integer' | 'array' | 'object';
	default?: z.infer<typeof json>;
	title?: string;
	description?: string;
	choices?: Record<string, string>;
	secret?: boolean;
	pattern?: string;
	patternMessage?: string;
	maxLength?: number;
	minLength?: number;
	minimum?: number;
	maximum?: number;
	maxItems?: number;
	uniqueItems?: boolean;
	section?: 'connection' | 'storefront' | 'advanced';
	showWhen?: Record<string, string[]>;
	contentMediaType?: string;
	items?: ManifestSetting;
	properties?: Record<string, ManifestSetting>;
	required?: string[];
	additionalProperties?: boolean;
}

export const settingSchema: z.ZodType<ManifestSetting> = z.lazy(() =>
	z.looseObject({
		type: z.enum(['string', 'boolean', 'integer', 'array', 'object']),
		default: json.optional(),
		title: z.string().optional(),
		description: z.string().optional(),
		choices: z.record(z.string(), z.string()).optional(),
		secret: z.boolean().optional(),
		pattern: z.string().optional(),
		patternMessage: z.string().optional(),
		maxLength: z.number().int().optional(),
		minLength: z.number().int().optional(),
		minimum: z.number().optional(),
		maximum: z.number().optional(),
		maxItems: z.number().int().optional(),
		uniqueItems: z.boolean().optional(),
		section: z.enum(['connection', 'storefront', 'advanced']).optional(),
		showWhen: z.record(z.string(), z.array(z.string())).optional(),
		contentMediaType: z.string().optional(),
		items: settingSchema.optional(),
		properties: z.record(z.string(), settingSchema).optional(),
		required: z.array(z.string()).optional(),
		additionalProperties: z.boolean().optional(),
	}),
);

/** A top-level setting always has its default, title and help text. */
const topSettingSchema = settingSchema.refine((s) => s.default !== undefined && !!s.title && !!s.description, 'a setting needs default, title and description');

/** Loymax's tracker events: each kind's fields => the placeholder each fills in its call template. */
export const eventsSchema = z.looseObject({
	templateMaxLength: z.number().int().positive(),
	snippetPlaceholders: z.array(z.string()),
	kinds: z.record(z.string(), z.record(z.string(), z.string().regex(/^[A-Z][A-Z0-9_]*$/))),
});

/** Loymax's id rules: per id kind, its mode setting and, per mode, the sources tried in order (the first non-empty one wins). */
export const idRulesSchema = z.record(z.string(), z.looseObject({ setting: z.string(), modes: z.record(z.string(), z.array(z.string()).min(1)) }));
export type IdRules = z.infer<typeof idRulesSchema>;

export const vendorManifestSchema = z.looseObject({
	id: z.enum(VENDOR_IDS),
	label: z.string().min(1),
	requiredKeys: z.array(z.string()),
	generatedSecrets: z.array(z.string()),
	consentCategories: z.array(z.string()).min(1),
	settings: z.record(z.string(), topSettingSchema),
	events: eventsSchema.optional(),
	ids: idRulesSchema.optional(),
});
export type VendorManifest = z.infer<typeof vendorManifestSchema>;

export const commonManifestSchema = z.looseObject({ settings: z.record(z.string(), topSettingSchema) });

function readJson(name: string, dir: string): unknown {
	return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
}

/** A vendor's manifest, checked: a key it names (required, generated) must be one of its settings. */
export function readVendorManifest(id: VendorId, dir = MANIFEST_DIR): VendorManifest {
	const manifest = vendorManifestSchema.parse(readJson(id, dir));
	const unknown = [...manifest.requiredKeys, ...manifest.generatedSecrets].filter((key) => !manifest.settings[key]);
	if (manifest.id !== id || unknown.length > 0) throw new Error(`plugin/manifest/${id}.json: wrong id or unknown keys ${unknown.join(', ')}`);
	return manifest;
}

/** The settings every vendor has (the `enabled` switch). */
export function readCommonSettings(dir = MANIFEST_DIR): Record<string, ManifestSetting> {
	return commonManifestSchema.parse(readJson('common', dir)).settings;
}
