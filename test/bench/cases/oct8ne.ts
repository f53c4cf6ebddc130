import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, createPool, type RowDataPacket } from 'mysql2/promise';
import { startSearchIndex } from '../../../sidecar/src/search/search-index';
import type { BenchCase, BenchContext } from '../case';
import { measureSequential } from '../measure';
import type { BenchRow } from '../report';

const LARGE_STORE = { products: 100_000, orders: 200_000 };
const LARGE_SAMPLES = 50;
/** The sidecar builds its search index after start (seconds at 100k; SQL answers meanwhile): rows wait for it. */
const INDEX_WAIT_MS = 180_000;
/** After its index the sidecar loads its best sellers' search listings (tens of seconds at 100k): fresh pages are measured after. */
const LISTINGS_WAIT_MS = 180_000;
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

/** A log line's message (pino JSON; a start-up failure is plain text). */
function messageOf(line: string): string {
	try {
		return String((JSON.parse(line) as { msg?: unknown }).msg ?? '');
	} catch {
		return line;
	}
}

/** The last log message of this sidecar run (the log file is kept across runs) that starts with `prefix`. */
function logged(logFile: string, prefix: string): string | undefined {
	const messages = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map(messageOf);
	const started = messages.map((message) => message.startsWith('Server listening')).lastIndexOf(true);
	return messages.slice(Math.max(0, started)).filter((message) => message.startsWith(prefix)).at(-1);
}

/** What the sidecar said about its index build: products, distinct text, time and memory in use. */
function indexFacts(logFile: string): string {
	return logged(logFile, 'search index built: ')?.replace('search index built: ', 'sidecar: ') ?? 'sidecar: no index build reported';
}

/** Waits until the sidecar says its search listings are loaded; returns what it said (products kept, memory, time). */
async function waitForListings(logFile: string, log: (line: string) => void): Promise<string> {
	const deadline = Date.now() + LISTINGS_WAIT_MS;
	for (;;) {
		const warmed = logged(logFile, 'search listings warmed: ');
		if (warmed) return warmed.replace('search listings warmed: ', 'listings: ');
		if (Date.now() >= deadline) break;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	log('  oct8ne: the search listings were not loaded in time; fresh pages below may read products from SQL');
	return 'listings: not loaded in time';
}

/**
 * The search index's own memory at this size: the same index the sidecar keeps, built here between two
 * full garbage collections (heap and typed arrays). The sidecar's log line says what its whole process used.
 */
async function indexMemoryMb(databaseUrl: string, prefix: string): Promise<number> {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	const used = () => {
		gc();
		const { heapUsed, arrayBuffers } = process.memoryUsage();
		return heapUsed + arrayBuffers;
	};
	const pool = createPool({ uri: databaseUrl, connectionLimit: 2 });
	try {
		const before = used();
		const index = startSearchIndex(pool, prefix, { pollMs: 3_600_000, rebuildMs: 3_600_000, warn: () => undefined, info: () => undefined });
		await index.ready();
		const cost = used() - before;
		index.close();
		return Math.round(cost / 1e6);
	} finally {
		await pool.end();
	}
}

/** The categories with the most products: "van" in each is a search not asked before, so it is counted afresh. */
async function largestCategories(databaseUrl: string, prefix: string, n: number): Promise<number[]> {
	const connection = await createConnection(databaseUrl);
	try {
		const [rows] = await connection.query<RowDataPacket[]>(`SELECT term_id FROM \`${prefix}term_taxonomy\` WHERE taxonomy = 'product_cat' ORDER BY count DESC, term_id LIMIT ?`, [n]);
		return rows.map((r) => Number(r.term_id));
	} finally {
		await connection.end();
	}
}

/** p50/p95 of one request per URL, in turn (each a different page or query, so the sidecar's answer cache never has it). */
async function measureEach(urls: string[]): Promise<{ p50: number; p95: number; status: number }> {
	const samples: number[] = [];
	let status = 0;
	for (const url of urls) {
		const started = performance.now();
		const response = await fetch(url);
		await response.arrayBuffer();
		samples.push(performance.now() - started);
		status = response.status;
	}
	samples.sort((a, b) => a - b);
	const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] ?? NaN;
	return { p50: at(0.5), p95: at(0.95), status };
}

/** The three queries the issue names (measured repeated and on new pages), then a few more (repeated). */
const HEADLINE: Array<[string, string]> = [
	['search "van" (common: every product)', 'search=van&pageSize=10'],
	['search "42317" (rare: 2 matches)', 'search=42317&pageSize=10'],
	['search "klassieke mok katoen" (3 words)', 'search=klassieke%20mok%20katoen&pageSize=10'],
];
const MORE: Array<[string, string]> = [
	['search "mok" (6.7k matches)', 'search=mok&pageSize=10'],
	['search "mok" page 50 by price', 'search=mok&pageSize=10&page=50&orderby=price'],
	['search "e" (every product)', 'search=e&pageSize=10'],
];

function row(caseName: string, label: string, r: { p50: number; p95: number; status: number }, notes: string): BenchRow {
	const ok = r.status === 200;
	return { case: caseName, target: `100k: ${label}`, p50: ok ? r.p50 : null, p95: ok ? r.p95 : null, reqPerSec: null, notes: ok ? notes : `NOT MEASURED: HTTP ${r.status}` };
}

/** "van" in each of the largest categories: page 1 of a search not asked before, counted over every product. */
async function countedAfresh(ctx: BenchContext, caseName: string, store: { databaseUrl: string; prefix: string }, url: (query: string) => string): Promise<BenchRow> {
	const label = 'search "van" in a category, counted afresh';
	ctx.log(`  ${caseName}: 100k ${label}`);
	const categories = await largestCategories(store.databaseUrl, store.prefix, LARGE_SAMPLES);
	const notes = `${categories.length} samples, page 1 in each of the largest categories: a search not asked before, every product scanned`;
	return row(caseName, label, await measureEach(categories.map((id) => url(`search=van&pageSize=10&category=${id}`))), notes);
}

/** oct8ne search on the 100k generated store (sequential only): a common word, a rare word and several words, from the index. */
async function largeStoreRows(ctx: BenchContext, caseName: string): Promise<BenchRow[]> {
	const large = await ctx.generatedStore(LARGE_STORE);
	await enableOct8ne(large.databaseUrl, large.prefix);
	await waitForIndex(large.sidecarUrl, ctx.log);
	const url = (query: string) => `${large.sidecarUrl}/oct8ne/frame/search?${query}`;
	const repeated = async ([label, query]: [string, string], notes = ''): Promise<BenchRow> => {
		ctx.log(`  ${caseName}: 100k ${label}`);
		return row(caseName, label, await measureSequential(url(query), { n: LARGE_SAMPLES, warmup: 3 }), `${LARGE_SAMPLES} samples${notes}`);
	};
	// The same query again is read from the sidecar's answer cache; a new page is read off the query's kept count.
	const newPages = async ([label, query]: [string, string]): Promise<BenchRow> => {
		ctx.log(`  ${caseName}: 100k ${label}, new pages`);
		const pages = Array.from({ length: LARGE_SAMPLES }, (_, i) => url(`${query}&page=${i + 2}`));
		return row(caseName, `${label}, new pages`, await measureEach(pages), `${LARGE_SAMPLES} samples, pages 2–${LARGE_SAMPLES + 1}, each asked once`);
	};
	const rows: BenchRow[] = [];
	const listings = await waitForListings(large.logFile, ctx.log);
	const memory = `; index memory ${await indexMemoryMb(large.databaseUrl, large.prefix)} MB (built in the bench process between two GCs); ${indexFacts(large.logFile)}; ${listings}`;
	for (const q of HEADLINE) rows.push(await repeated(q, rows.length === 0 ? memory : ''), await newPages(q));
	rows.push(await countedAfresh(ctx, caseName, large, url));
	for (const q of MORE) rows.push(await repeated(q));
	return rows;
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
