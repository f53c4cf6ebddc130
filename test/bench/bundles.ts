import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the storefront costs a page, from the built bundles in plugin/build: the shared core
 * (storefront.js, loaded once when at least one vendor is on) and one bootstrap per vendor
 * (widgets/<vendor>.js, loaded only when that vendor is on; plugin/tests/AssetsTest.php proves the
 * 0 bytes of a vendor that is off). Issue 14: each vendor bootstrap ≤ 3 KB gzipped.
 */
export const BUDGET_GZIP_BYTES = 3 * 1024;

export interface BundleSize {
	name: string;
	bytes: number;
	/** gzip at zlib's default level 6, what servers commonly send. */
	gzip: number;
	/** What is wrong with it, '' when within budget. */
	problem: string;
}

const REPO_ROOT = join(__dirname, '..', '..');
const BUILD = join(REPO_ROOT, 'plugin', 'build');

function measure(name: string, file: string): BundleSize {
	if (!existsSync(file)) return { name, bytes: 0, gzip: 0, problem: `not built (${file}); run npm run build:blocks` };
	const code = readFileSync(file);
	const gzip = gzipSync(code, { level: 6 }).length;
	const problem = gzip > BUDGET_GZIP_BYTES ? `over the ${BUDGET_GZIP_BYTES} B budget` : '';
	return { name, bytes: code.length, gzip, problem };
}

/** blocks/widget-entries.js, which names the webpack entries (CommonJS, read as it is). */
const { widgetEntries } = createRequire(__filename)('../../blocks/widget-entries.js') as {
	widgetEntries: (src: string) => Record<string, string>;
};

/** The vendor bundles' names, widgets/<name> in the build: <vendor> or <vendor>-<bundle>. */
function vendorBundles(): string[] {
	return Object.keys(widgetEntries(join(REPO_ROOT, 'blocks', 'src'))).map((entry) => entry.slice('widgets/'.length));
}

/** The shared core first, then every vendor bundle that has a source in blocks/src/vendors (built or not). */
export function storefrontBundles(): BundleSize[] {
	return [
		measure('storefront core (shared, once)', join(BUILD, 'storefront.js')),
		...vendorBundles().sort().map((vendor) => measure(vendor, join(BUILD, 'widgets', `${vendor}.js`))),
	];
}

/** An aligned table of the sizes, with what a page pays when only that vendor is on (core + vendor). */
export function formatBundles(sizes: BundleSize[]): string {
	const core = sizes[0]?.gzip ?? 0;
	const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
	const rows = sizes.map((s, i) => [s.name, String(s.bytes), kb(s.gzip), i === 0 ? '' : kb(core + s.gzip), s.problem || 'ok']);
	const head = ['bundle', 'bytes', 'gzip', 'page with only it on', `budget ${kb(BUDGET_GZIP_BYTES)} gzip`];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// `npx tsx test/bench/bundles.ts`: the sizes alone, exit 1 when a bundle is missing or over budget.
if (require.main === module) {
	const sizes = storefrontBundles();
	console.log(formatBundles(sizes));
	if (sizes.some((s) => s.problem)) process.exitCode = 1;
}
