import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { BenchCase, BenchContext } from '../case';
import type { GeneratedSidecar } from '../generated-store';
import type { BenchRow } from '../report';
import { measureTarget } from '../target';

const SIZE = { products: 100_000, orders: 200_000 };
const TOKEN = 'bench-loymax-feed-token';
const FEEDS = '/commerce-bridge/loymax';

/** Enables Loymax with a feed token in the generated store and waits out the sidecar's 2 s settings cache. */
async function enableFeeds(store: GeneratedSidecar): Promise<void> {
	const db = await createConnection(store.databaseUrl);
	try {
		const value = `a:2:{s:7:"enabled";b:1;s:9:"feedToken";s:${TOKEN.length}:"${TOKEN}";}`;
		await db.query(`INSERT INTO \`${store.prefix}options\` (option_name, option_value, autoload) VALUES ('commerce_bridge_loymax', ?, 'off')
			ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`, [value]);
	} finally {
		await db.end();
	}
	await new Promise((resolve) => setTimeout(resolve, 2500));
}

/** Resident memory of the generated store's sidecar (its pid file sits in the store directory). */
function sidecarRssMb(): number | null {
	try {
		const dir = join(__dirname, '..', '..', '..', '.stack', `bench-${SIZE.products}x${SIZE.orders}-s1`);
		const pid = readFileSync(join(dir, 'sidecar.pid'), 'utf8').trim();
		const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Math.round(Number(kb) / 1024) : null;
	} catch {
		return null;
	}
}

/** A client's full pull: every page of 1000 following `links.next` (keyset after page 1), timed per page. */
async function crawl(ctx: BenchContext, store: GeneratedSidecar, feed: string, maxPages: number): Promise<BenchRow> {
	const times: number[] = [];
	let url: string | null = `${store.sidecarUrl}${FEEDS}/${feed}?page[size]=1000`;
	let rows = 0;
	while (url && times.length < maxPages) {
		const started = performance.now();
		const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
		if (!res.ok) throw new Error(`crawl of ${feed}: HTTP ${res.status} on page ${times.length + 1}`);
		const body = (await res.json()) as { data: unknown[]; links: { next: string | null } };
		times.push(performance.now() - started);
		rows += body.data.length;
		// Links are absolute on the shop URL; the bench talks to the sidecar directly.
		url = body.links.next ? `${store.sidecarUrl}${new URL(body.links.next).pathname}${new URL(body.links.next).search}` : null;
	}
	times.sort((a, b) => a - b);
	const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? null;
	ctx.log(`  loymax-feeds: crawled ${times.length} pages of ${feed}, ${rows} rows`);
	return { case: 'loymax-feeds', target: `100k: crawl ${feed} page[size]=1000 (per page)`, p50: at(0.5), p95: at(0.95), reqPerSec: null, notes: `${times.length} pages, ${rows} rows` };
}

/** The feeds on a 100,000-product store: first, deep and filtered pages, a full crawl, and the sidecar's memory. */
async function largeStoreRows(ctx: BenchContext, caseName: string): Promise<BenchRow[]> {
	const store = await ctx.generatedStore(SIZE);
	await enableFeeds(store);
	const headers = () => ({ authorization: `Bearer ${TOKEN}` });
	const target = (label: string, path: string) => measureTarget(ctx, caseName, `100k: ${label}`, `${store.sidecarUrl}${FEEDS}/${path}`, { headers });
	const rssBefore = sidecarRssMb();
	const rows = [
		await target('products page 1 (size 100)', 'products?page[number]=1&page[size]=100'),
		await target('products page 900 (size 100, OFFSET)', 'products?page[number]=900&page[size]=100'),
		await target('products updatedSince (size 100)', 'products?filter[updatedSince]=2025-06-01T00:00:00Z&page[size]=100'),
		await target('products page 1 (size 1000)', 'products?page[number]=1&page[size]=1000'),
		await target('orders page 1 (size 100)', 'orders?page[number]=1&page[size]=100'),
		await target('orders page 1500 (size 100, OFFSET)', 'orders?page[number]=1500&page[size]=100'),
	];
	const crawled = await crawl(ctx, store, 'products', 100);
	// A row without p50 counts as "not measured" in run.ts, so the memory figure rides on the crawl row.
	crawled.notes += `; sidecar RSS ${rssBefore ?? '?'} MB before the case, ${sidecarRssMb() ?? '?'} MB after`;
	return [...rows, crawled];
}

/**
 * The Loymax feeds on 100k products / 200k orders (not with --smoke). The fixture store's products feed,
 * on every path against WooCommerce's Store API, is in comparison.ts.
 */
export const loymaxFeeds: BenchCase = {
	name: 'loymax-feeds',
	description: 'Loymax feeds on 100k products / 200k orders (page 1, deep page, updatedSince, crawl)',
	async run(ctx) {
		return ctx.largeStores ? largeStoreRows(ctx, this.name) : [];
	},
};
