import type { BenchCase, BenchContext } from '../case';
import { measureSequential } from '../measure';
import type { BenchRow } from '../report';
import { measureTarget } from '../target';

const IDS = '14,57,102,11,76';
const TERM = 'hoodie';
const PRODUCT_INFO = `/oct8ne/frame/productInfo?productIds=${IDS}`;
const SEARCH = `/oct8ne/frame/search?search=${TERM}&pageSize=10`;
// WooCommerce's own answer to the same questions (10 per page by default), the baseline for both.
const STORE_API_SEARCH = `/wp-json/wc/store/v1/products?search=${TERM}`;
const STORE_API_IDS = `/wp-json/wc/store/v1/products?include=${IDS}`;
const LARGE_STORE = { products: 100_000, orders: 200_000 };
const LARGE_SAMPLES = 20;

/** oct8ne search on the 100k generated store (sequential only): a common word must answer in bounded time, one LIKE scan. */
async function largeStoreRows(ctx: BenchContext, caseName: string): Promise<BenchRow[]> {
	const large = await ctx.generatedStore(LARGE_STORE);
	// A LIKE scan of 100k products takes a few hundred ms: 20 sequential samples, no throughput run.
	const onLarge = async (label: string, query: string): Promise<BenchRow> => {
		ctx.log(`  ${caseName}: 100k ${label}`);
		const r = await measureSequential(`${large.sidecarUrl}/oct8ne/frame/search?${query}`, { n: LARGE_SAMPLES, warmup: 2 });
		return { case: caseName, target: `100k: ${label}`, p50: r.p50, p95: r.p95, reqPerSec: null, notes: r.status === 200 ? `${LARGE_SAMPLES} samples` : `HTTP ${r.status}` };
	};
	return [
		await onLarge('search "mok" (6.7k matches)', 'search=mok&pageSize=10'),
		await onLarge('search "mok" page 50 by price', 'search=mok&pageSize=10&page=50&orderby=price'),
		await onLarge('search "e" (every product)', 'search=e&pageSize=10'),
	];
}

/**
 * oct8ne's two hottest widget calls on the fixture store, through the WordPress proxy and on the sidecar,
 * each after WooCommerce's own Store API answering the same question. Targets (issue 3): sidecar
 * productInfo p50 ≤ 2 ms and ≥ 3,000 req/s, search p50 ≤ 5 ms; the official WooCommerce adapter answers
 * them in about 58 and 60 ms.
 */
export const oct8ne: BenchCase = {
	name: 'oct8ne',
	description: `product search "${TERM}" and product data (5 ids): WooCommerce Store API vs oct8ne through the WordPress proxy and on the sidecar; search on 100k products`,
	async run(ctx) {
		const { sidecarUrl, wpUrl } = await ctx.stack();
		const target = (label: string, url: string) => measureTarget(ctx, this.name, label, url);
		const rows = [
			await target(`WC Store API search "${TERM}" (baseline)`, `${wpUrl}${STORE_API_SEARCH}`),
			await target(`WP proxy oct8ne search "${TERM}"`, `${wpUrl}${SEARCH}`),
			await target(`sidecar oct8ne search "${TERM}"`, `${sidecarUrl}${SEARCH}`),
			await target('WC Store API products include=5 ids (baseline)', `${wpUrl}${STORE_API_IDS}`),
			await target('WP proxy oct8ne productInfo (5 ids)', `${wpUrl}${PRODUCT_INFO}`),
			await target('sidecar oct8ne productInfo (5 ids)', `${sidecarUrl}${PRODUCT_INFO}`),
		];
		return ctx.largeStores ? [...rows, ...(await largeStoreRows(ctx, this.name))] : rows;
	},
};
