import type { BenchCase, BenchContext } from '../case';
import { measureSequential } from '../measure';
import type { BenchRow } from '../report';

const LARGE_STORE = { products: 100_000, orders: 200_000 };
const LARGE_SAMPLES = 20;

/** oct8ne search on the 100k generated store (sequential only): a common word must answer in bounded time, one LIKE scan. */
async function largeStoreRows(ctx: BenchContext, caseName: string): Promise<BenchRow[]> {
	const large = await ctx.generatedStore(LARGE_STORE);
	// A LIKE scan of 100k products takes a few hundred ms: 20 sequential samples, no throughput run.
	const onLarge = async (label: string, query: string): Promise<BenchRow> => {
		ctx.log(`  ${caseName}: 100k ${label}`);
		const r = await measureSequential(`${large.sidecarUrl}/oct8ne/frame/search?${query}`, { n: LARGE_SAMPLES, warmup: 2 });
		const ok = r.status === 200;
		return { case: caseName, target: `100k: ${label}`, p50: ok ? r.p50 : null, p95: ok ? r.p95 : null, reqPerSec: null, notes: ok ? `${LARGE_SAMPLES} samples` : `NOT MEASURED: HTTP ${r.status}` };
	};
	return [
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
