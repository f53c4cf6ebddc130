import type { BenchCase } from '../case';
import { measureSequential } from '../measure';
import type { BenchRow } from '../report';
import { measureTarget } from '../target';

const PRODUCT_INFO = '/oct8ne/frame/productInfo?productIds=14,57,102,11,76';
const SEARCH = '/oct8ne/frame/search?search=mok&pageSize=10';
const LARGE_STORE = { products: 100_000, orders: 200_000 };
const LARGE_SAMPLES = 20;

/**
 * oct8ne's two hottest widget calls on the fixture store, on the sidecar and through the WordPress
 * proxy. Targets (issue 3): sidecar productInfo p50 ≤ 2 ms and ≥ 3,000 req/s, search p50 ≤ 5 ms; the
 * official WooCommerce adapter answers them in about 58 and 60 ms. Search is also timed on the 100k
 * generated store (sequential only): a common word there must answer in bounded time, one LIKE scan.
 */
export const oct8ne: BenchCase = {
	name: 'oct8ne',
	description: 'oct8ne productInfo (5 ids) and search, sidecar direct and through the WordPress proxy; search on 100k products',
	async run(ctx) {
		const { sidecarUrl, wpUrl } = await ctx.stack();
		const large = await ctx.generatedStore(LARGE_STORE);
		// A LIKE scan of 100k products takes a few hundred ms: 20 sequential samples, no throughput run.
		const onLarge = async (label: string, query: string): Promise<BenchRow> => {
			ctx.log(`  ${this.name}: 100k ${label}`);
			const r = await measureSequential(`${large.sidecarUrl}/oct8ne/frame/search?${query}`, { n: LARGE_SAMPLES, warmup: 2 });
			return { case: this.name, target: `100k: ${label}`, p50: r.p50, p95: r.p95, reqPerSec: null, notes: r.status === 200 ? `${LARGE_SAMPLES} samples` : `HTTP ${r.status}` };
		};
		return [
			await measureTarget(ctx, this.name, 'sidecar oct8ne productInfo (5 ids)', `${sidecarUrl}${PRODUCT_INFO}`),
			await measureTarget(ctx, this.name, 'sidecar oct8ne search', `${sidecarUrl}${SEARCH}`),
			await measureTarget(ctx, this.name, 'WP proxy oct8ne productInfo (5 ids)', `${wpUrl}${PRODUCT_INFO}`),
			await measureTarget(ctx, this.name, 'WP proxy oct8ne search', `${wpUrl}${SEARCH}`),
			await onLarge('search "mok" (6.7k matches)', 'search=mok&pageSize=10'),
			await onLarge('search "mok" page 50 by price', 'search=mok&pageSize=10&page=50&orderby=price'),
			await onLarge('search "e" (every product)', 'search=e&pageSize=10'),
		];
	},
};
