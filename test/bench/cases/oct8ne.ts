import { createConnection } from 'mysql2/promise';
import type { BenchCase, BenchContext } from '../case';
import { measureSequential } from '../measure';
import type { BenchRow } from '../report';

const LARGE_STORE = { products: 100_000, orders: 200_000 };
const LARGE_SAMPLES = 50;
/** The sidecar builds its search index after start (seconds at 100k; SQL answers meanwhile): rows wait for it. */
const INDEX_WAIT_MS = 180_000;
/** A search every product matches answers this fast only from the index (the SQL scan takes seconds). */
const INDEX_ANSWER_MS = 250;
const OCT8NE_ON = 'a:4:{s:7:"enabled";b:1;s:7:"license";s:3:"LAB";s:6:"region";s:2:"eu";s:8:"apiToken";s:32:"B3A1C5D7E9F20468ACE13579BDF02468";}';

/** The generated store has oct8ne off (its frame routes answer 404): switch it on, as the settings app would. */
async function enableOct8ne(databaseUrl: string, prefix: string): Promise<void> {
	const connection = await createConnection(databaseUrl);
	try {
		await connection.query(`INSERT INTO \`${prefix}options\` (option_name, option_value, autoload) VALUES ('commerce_bridge_oct8ne', ?, 'off')
			ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`, [OCT8NE_ON]);
	} finally {
		await connection.end();
	}
}

/** Waits until three searches in a row for "e" answer from the index (or gives up; the rows then show SQL times). */
async function waitForIndex(url: string, log: (line: string) => void): Promise<void> {
	const deadline = Date.now() + INDEX_WAIT_MS;
	for (let fast = 0; fast < 3 && Date.now() < deadline;) {
		const started = performance.now();
		const response = await fetch(`${url}/oct8ne/frame/search?search=e&pageSize=10`);
		await response.arrayBuffer();
		fast = response.status === 200 && performance.now() - started < INDEX_ANSWER_MS ? fast + 1 : 0;
		if (fast === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	if (Date.now() >= deadline) log('  oct8ne: the search index was not ready in time; rows below may be SQL scans');
}

/** oct8ne search on the 100k generated store (sequential only): a common word, a rare word and several words, from the index. */
async function largeStoreRows(ctx: BenchContext, caseName: string): Promise<BenchRow[]> {
	const large = await ctx.generatedStore(LARGE_STORE);
	await enableOct8ne(large.databaseUrl, large.prefix);
	await waitForIndex(large.sidecarUrl, ctx.log);
	const onLarge = async (label: string, query: string): Promise<BenchRow> => {
		ctx.log(`  ${caseName}: 100k ${label}`);
		const r = await measureSequential(`${large.sidecarUrl}/oct8ne/frame/search?${query}`, { n: LARGE_SAMPLES, warmup: 3 });
		const ok = r.status === 200;
		return { case: caseName, target: `100k: ${label}`, p50: ok ? r.p50 : null, p95: ok ? r.p95 : null, reqPerSec: null, notes: ok ? `${LARGE_SAMPLES} samples` : `NOT MEASURED: HTTP ${r.status}` };
	};
	return [
		await onLarge('search "van" (common: every product)', 'search=van&pageSize=10'),
		await onLarge('search "42317" (rare: 2 matches)', 'search=42317&pageSize=10'),
		await onLarge('search "klassieke mok katoen" (3 words)', 'search=klassieke%20mok%20katoen&pageSize=10'),
		await onLarge('search "mok" (6.7k matches)', 'search=mok&pageSize=10'),
		await onLarge('search "mok" page 50 by price', 'search=mok&pageSize=10&page=50&orderby=price'),
		await onLarge('search "e" (every product)', 'search=e&pageSize=10'),
	];
}

/**
 * oct8ne search on the 100k generated store (not with --smoke). The fixture store's oct8ne calls, on
 * every path against WooCommerce's Store API, are in comparison.ts.
 */
export const oct8ne: BenchCase = {
	name: 'oct8ne',
	description: 'oct8ne search on 100k products',
	async run(ctx) {
		return ctx.largeStores ? largeStoreRows(ctx, this.name) : [];
	},
};
