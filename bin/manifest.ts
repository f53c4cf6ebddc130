/**
 * `npm run manifest`: what is generated from plugin/manifest/ (the vendors' settings contract) — the
 * sidecar's settings types (sidecar/src/vendors/settings-types.ts) and README's settings rows — written
 * with `--write`, else checked. sidecar/test/vendors/manifest.test.ts fails while either is stale and
 * checks the settings tables of docs/vendors/*.md against the manifests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommonSettings, readVendorManifest, VENDOR_IDS, type ManifestSetting, type VendorId } from '../sidecar/src/vendors/manifest';

const ROOT = join(__dirname, '..');
export const TYPES_FILE = join(ROOT, 'sidecar', 'src', 'vendors', 'settings-types.ts');
export const README = join(ROOT, 'README.md');

const typeName = (id: VendorId) => `${id[0]?.toUpperCase()}${id.slice(1)}Settings`;
const literals = (choices: Record<string, string>) => Object.keys(choices).map((value) => `'${value}'`).join(' | ');

function tsType(setting: ManifestSetting): string {
	if (setting.type === 'boolean') return 'boolean';
	if (setting.type === 'integer') return 'number';
	if (setting.type === 'array') return setting.items?.choices ? `Array<${literals(setting.items.choices)}>` : 'Array<Record<string, unknown>>';
	return setting.choices ? literals(setting.choices) : 'string';
}

/** Every setting of a vendor, `enabled` first, in the manifest's order. */
export function vendorSettings(id: VendorId): Record<string, ManifestSetting> {
	return { ...readCommonSettings(), ...readVendorManifest(id).settings };
}

/** sidecar/src/vendors/settings-types.ts as the manifests make it. */
export function settingsTypes(): string {
	const interfaces = VENDOR_IDS.map((id) => {
		const fields = Object.entries(vendorSettings(id)).map(([key, setting]) => `\treadonly ${key}: ${tsType(setting)};`);
		return `/** commerce_bridge_${id} (plugin/manifest/${id}.json). */\nexport interface ${typeName(id)} {\n${fields.join('\n')}\n}\n`;
	});
	const map = VENDOR_IDS.map((id) => `\t${id}: ${typeName(id)};`).join('\n');
	return `// Generated from plugin/manifest/*.json by \`npm run manifest -- --write\`; do not edit.\n\n${interfaces.join('\n')}\nexport interface VendorSettingsMap {\n${map}\n}\n`;
}

/** A default worth writing down: a non-empty text or list, a number, a switch that is on. */
function defaultNote(setting: ManifestSetting): string | false {
	const value = setting.default;
	if (value === true) return 'default on';
	if (typeof value === 'number') return `default ${value}`;
	if (Array.isArray(value) && value.length > 0) return `default ${value.map((item) => `\`${String(item)}\``).join(', ')}`;
	return typeof value === 'string' && value !== '' && `default \`${value}\``;
}

function note(key: string, setting: ManifestSetting, generated: string[]): string {
	const choices = setting.choices ?? setting.items?.choices;
	const parts = [
		choices && `${setting.type === 'array' ? 'list of ' : ''}${Object.keys(choices).map((value) => `\`${value}\``).join('\\|')}`,
		setting.secret && (generated.includes(key) ? 'secret, generated' : 'secret'),
		setting.minimum !== undefined && setting.maximum !== undefined && `${setting.minimum}–${setting.maximum}`,
		defaultNote(setting),
	].filter(Boolean);
	return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** README's row for a vendor option: every key with its choices, secrecy, bounds and text default. */
export function readmeRow(id: VendorId): string {
	const manifest = readVendorManifest(id);
	const keys = Object.entries(vendorSettings(id)).map(([key, setting]) => `\`${key}\`${note(key, setting, manifest.generatedSecrets)}`);
	const templates = manifest.events ? `, one call template per event (${Object.keys(manifest.events.kinds).map((kind) => `\`template${kind[0]?.toUpperCase()}${kind.slice(1)}\``).join(', ')})` : '';
	const at = manifest.events ? keys.findIndex((key) => key.startsWith('`trackerSnippet`')) + 1 : keys.length;
	return `| \`commerce_bridge_${id}\` | ${[...keys.slice(0, at)].join(', ')}${templates}${keys.length > at ? `, ${keys.slice(at).join(', ')}` : ''} |`;
}

/** README with each vendor's row regenerated in place. */
export function readmeWithRows(readme: string): string {
	return VENDOR_IDS.reduce((text, id) => text.replace(new RegExp(`^\\| \`commerce_bridge_${id}\` \\|.*$`, 'm'), () => readmeRow(id)), readme);
}

function main(): void {
	const write = process.argv.includes('--write');
	const outputs: Array<[string, string]> = [[TYPES_FILE, settingsTypes()], [README, readmeWithRows(readFileSync(README, 'utf8'))]];
	const stale = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text);
	if (write) stale.forEach(([file, text]) => writeFileSync(file, text));
	console.log(stale.length === 0 ? 'manifest outputs are current' : `${write ? 'wrote' : 'stale'}: ${stale.map(([file]) => file.slice(ROOT.length + 1)).join(', ')}`);
	if (!write && stale.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
