/**
 * plugin/manifest/ is the one declaration of the vendors' settings: the sidecar's schemas are derived from
 * it, and every copy that is written out (the sidecar's settings types, README's rows, the settings
 * tables of docs/vendors/*.md) is compared with it here, so none can drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README, readmeWithRows, settingsTypes, TYPES_FILE, vendorSettings } from '../../../bin/manifest';
import { readVendorManifest, VENDOR_IDS, type VendorId } from '../../src/vendors/manifest';
import { settingsSchemas } from '../../src/vendors/settings';

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'vendors');

/** The first column of a doc's settings table (the `| key | meaning |` one). */
function keyColumn(id: VendorId): string {
	const text = readFileSync(join(DOCS, `${id}.md`), 'utf8');
	const table = /^\| key \| meaning \|\n\|---\|---\|\n((?:\|.*\n)+)/m.exec(text)?.[1] ?? '';
	return table.split('\n').map((row) => row.split(' | ')[0] ?? '').join('\n');
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

/** Every key of a vendor as stored, call templates included. */
function storedKeys(id: VendorId): string[] {
	const kinds = Object.keys(readVendorManifest(id).events?.kinds ?? {});
	return [...Object.keys(vendorSettings(id)), ...kinds.map((kind) => `template${kind[0]?.toUpperCase()}${kind.slice(1)}`)];
}

describe('the vendor manifests', () => {
	it('are what the generated sidecar types and README rows say (npm run manifest -- --write)', () => {
		expect(readFileSync(TYPES_FILE, 'utf8')).toBe(settingsTypes());
		const readme = readFileSync(README, 'utf8');
		expect(readme).toBe(readmeWithRows(readme));
	});

	it.each(VENDOR_IDS)('%s: docs/vendors table names every key with its default, and nothing else but choices', (id) => {
		const settings = vendorSettings(id);
		const documented = new Set(backticked(keyColumn(id)));
		const keys = storedKeys(id);
		const values = Object.values(settings).flatMap((setting) => [...Object.keys(setting.choices ?? {}), String(setting.default)]);
		const placeholders = Object.values(readVendorManifest(id).events?.kinds ?? {}).flatMap((fields) => Object.values(fields).map((name) => `{${name}}`));
		expect(keys.filter((key) => !documented.has(key))).toEqual([]);
		expect([...documented].filter((word) => !keys.includes(word) && !values.includes(word) && !placeholders.includes(word))).toEqual([]);
		for (const [, key, value] of keyColumn(id).matchAll(/`(\w+)` \(default `([^`]+)`\)/g)) {
			expect([key, value]).toEqual([key, String(settings[key ?? '']?.default)]);
		}
	});

	it.each(VENDOR_IDS)('%s: an option never saved parses to the manifest defaults', (id) => {
		const defaults = Object.fromEntries(Object.entries(vendorSettings(id)).map(([key, setting]) => [key, setting.default]));
		expect(settingsSchemas[id].parse({})).toEqual(defaults);
	});

	it('falls back per field on values the plugin would refuse: unknown choices, broken patterns, bounds', () => {
		const oct8ne = settingsSchemas.oct8ne.parse({ region: 'mars', license: 'has spaces', loadDelay: '99', server: 'https://x/', loading: 'deferred' });
		expect(oct8ne).toMatchObject({ region: 'eu', license: '', loadDelay: 5, server: '', loading: 'deferred' });
		const bambuser = settingsSchemas.bambuser.parse({ triggers: ['smart', 'popup'], gtinMetaKey: 'bad key', minimize: '0' });
		expect(bambuser).toMatchObject({ triggers: ['connect-link'], gtinMetaKey: '_global_unique_id', minimize: false });
		expect(settingsSchemas.bambuser.parse({ triggers: ['smart', 'queue-link'] }).triggers).toEqual(['smart', 'queue-link']);
	});
});
