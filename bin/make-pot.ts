/**
 * `npm run build:pot`: plugin/languages/commerce-bridge.pot from the plugin's PHP and the TypeScript of
 * blocks/src (settings app, editor blocks), extracted by @wp-blocks/make-pot, plus the block.json fields
 * WordPress translates (title, description, keywords; that tool's block.json extractor writes none) and
 * the settings texts of plugin/manifest/*.json (translated at run time by Vendors/Manifest.php).
 * Like plugin/build/, the file is generated (git ignores it) and shipped in the zip (bin/plugin-zip.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const PLUGIN = join(ROOT, 'plugin');
const VENDORS = join(ROOT, 'blocks', 'src', 'vendors');
const POT = join(PLUGIN, 'languages', 'commerce-bridge.pot');
const MAKE_POT = require.resolve('@wp-blocks/make-pot/lib/makePot.js');

/** Paths are relative to plugin/, as the .pot's references are; tests/, vendor/ and build/ are left out by the tool. */
const SOURCES = ['**/*.php', '../blocks/src/**/*.ts', '../blocks/src/**/*.tsx', '../blocks/src/**/*.php'];

/** The header lines of a template (the tool fills in its own author and a wordpress.org support URL). */
const HEADER: Record<string, string> = {
	'Report-Msgid-Bugs-To': '',
	'PO-Revision-Date': 'YEAR-MO-DA HO:MI+ZONE',
	'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>',
	'Language-Team': 'LANGUAGE <LL@li.org>',
	Language: '',
};

function pluginVersion(): string {
	const match = /^\s*\*\s*Version:\s*(\S+)/m.exec(readFileSync(join(PLUGIN, 'commerce-bridge.php'), 'utf8'));
	if (!match?.[1]) throw new Error('plugin/commerce-bridge.php has no Version header');
	return match[1];
}

function extract(): string {
	const out = mkdtempSync(join(tmpdir(), 'commerce-bridge-pot-'));
	try {
		const args = [MAKE_POT, '.', relative(PLUGIN, out), '--slug', 'commerce-bridge', '--domain', 'plugin', '--charset', 'utf-8',
			'--skip-audit', '--skip-block-json', '--silent', '--include', SOURCES.join(','),
			'--headers', 'author:Commerce Bridge', '--headers', `version:${pluginVersion()}`];
		const run = spawnSync(process.execPath, args, { cwd: PLUGIN, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
		const file = join(out, 'commerce-bridge.pot');
		if (run.status !== 0 || !existsSync(file)) throw new Error(`make-pot failed (${run.status}):\n${run.stderr}${run.stdout}`);
		return readFileSync(file, 'utf8');
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

const poString = (text: string) => JSON.stringify(text);

/** The editor blocks' block.json files, in their vendors' homes (blocks/src/vendors/<vendor>/blocks/<block>/). */
function blockJsonFiles(): string[] {
	return readdirSync(VENDORS).flatMap((vendor) => {
		const blocks = join(VENDORS, vendor, 'blocks');
		return existsSync(blocks) ? readdirSync(blocks).map((block) => join(blocks, block, 'block.json')).filter((file) => existsSync(file)) : [];
	});
}

/** msgctxt/msgid entries for the block.json fields, as WordPress looks them up (block title, …). */
function blockJsonEntries(): string {
	const entries = new Map<string, string[]>();
	for (const file of blockJsonFiles()) {
		const json = JSON.parse(readFileSync(file, 'utf8')) as { title?: string; description?: string; keywords?: string[] };
		const reference = relative(PLUGIN, file);
		const fields: Array<[string, string | undefined]> = [['block title', json.title], ['block description', json.description], ...(json.keywords ?? []).map((k): [string, string] => ['block keyword', k])];
		for (const [context, text] of fields) {
			if (!text) continue;
			const key = `msgctxt ${poString(context)}\nmsgid ${poString(text)}`;
			entries.set(key, [...(entries.get(key) ?? []), reference]);
		}
	}
	return [...entries].map(([key, references]) => `#: ${[...new Set(references)].join(' ')}\n${key}\nmsgstr ""\n`).join('\n');
}

/** The English texts of a manifest setting the plugin translates (Vendors/Manifest.php): labels, help, messages, choices. */
function settingTexts(setting: Record<string, unknown>): string[] {
	const own = ['title', 'description', 'patternMessage'].map((key) => setting[key]).filter((text): text is string => typeof text === 'string');
	const choices = Object.values((setting.choices ?? {}) as Record<string, string>);
	const nested = [setting.items, ...Object.values((setting.properties ?? {}) as object)].filter((child): child is Record<string, unknown> => typeof child === 'object' && child !== null);
	return [...own, ...choices, ...nested.flatMap(settingTexts)];
}

/** msgid entries for plugin/manifest/*.json that the PHP and TypeScript extraction did not already list. */
function manifestEntries(pot: string): string {
	const entries = new Map<string, string[]>();
	for (const file of readdirSync(join(PLUGIN, 'manifest')).filter((name) => name.endsWith('.json'))) {
		const manifest = JSON.parse(readFileSync(join(PLUGIN, 'manifest', file), 'utf8')) as { settings: Record<string, Record<string, unknown>> };
		for (const text of Object.values(manifest.settings).flatMap(settingTexts)) {
			entries.set(text, [...(entries.get(text) ?? []), `manifest/${file}`]);
		}
	}
	const listed = (text: string) => new RegExp(`^msgid ${poString(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').test(pot);
	return [...entries].filter(([text]) => !listed(text)).map(([text, references]) => {
		const comment = text.includes('%s') ? '#. translators: %s: vendor name.\n' : '';
		return `${comment}#: ${[...new Set(references)].join(' ')}\nmsgid ${poString(text)}\nmsgstr ""\n`;
	}).join('\n');
}

function withTemplateHeader(pot: string): string {
	return Object.entries(HEADER).reduce((text, [name, value]) => text.replace(new RegExp(`^"${name}: .*\\\\n"$`, 'm'), `"${name}: ${value}\\n"`), pot);
}

function buildPot(): string {
	const pot = withTemplateHeader(extract()).trimEnd();
	return `${pot}\n\n${blockJsonEntries()}\n${manifestEntries(pot)}`;
}

function main(): void {
	const pot = buildPot();
	mkdirSync(dirname(POT), { recursive: true });
	writeFileSync(POT, pot);
	console.log(`${relative(ROOT, POT)}: ${(pot.match(/^msgid /gm)?.length ?? 1) - 1} strings`);
}

if (require.main === module) main();
