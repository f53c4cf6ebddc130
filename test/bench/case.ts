/**
 * The contract of a benchmark case. A case is one file in `test/bench/cases/` exporting a `BenchCase`,
 * registered with one line in the CASES list of `test/bench/run.ts`. It measures and RETURNS figures;
 * it asserts nothing (benchmarks are not tests), but it says in `notes` when a target answered oddly.
 *
 *   export const myCase: BenchCase = {
 *     name: 'oct8ne-search',                       // what `npm run bench -- --only <name>` selects
 *     description: 'oct8ne search on a 100k catalogue',
 *     async run(ctx) {
 *       const store = await ctx.generatedStore({ products: 100_000, orders: 200_000 });  // or ctx.stack()
 *       const r = await measureSequential(`${store.sidecarUrl}/oct8ne/frame/search?q=mok`, { n: 50, warmup: 5 });
 *       return [{ case: this.name, target: 'GET /oct8ne/frame/search', p50: r.p50, p95: r.p95, reqPerSec: null, notes: '' }];
 *     },
 *   };
 *
 * Helpers: measure.ts (measureSequential, measureThroughput), signed.ts (signedHeaders), target.ts (measureTarget: both at once),
 * stack-options.ts (optionValue: a vendor token from the stack's database), the default durations in `ctx.budget` (keep the
 * default run under ~5 minutes). With `--smoke` (`ctx.largeStores` false) a case leaves out its generated-store rows: the
 * smoke run takes seconds and only proves that every target still answers.
 */
import type { Stack } from '../stack/stack';
import type { GeneratedSidecar, StoreSize } from './generated-store';
import type { BenchRow } from './report';

export interface BenchContext {
	/** The fixture stack (WordPress + WooCommerce + plugin, all vendors enabled, + sidecar) under .stack/bench/, started on first use, stopped by run.ts. */
	stack(): Promise<Stack>;
	/** A sidecar on a generated store of this size (built once per size/seed, then reused), stopped by run.ts. */
	generatedStore(size: StoreSize): Promise<GeneratedSidecar>;
	/**
	 * Default measurement effort per target: sequential samples (fewer once `sequentialSec` have passed)
	 * and throughput seconds at `connections` (0: no throughput run).
	 */
	budget: { sequential: number; warmup: number; sequentialSec: number; connections: number; durationSec: number };
	/** false with --smoke: skip every row that needs a generated store (minutes to build, seconds to load). */
	largeStores: boolean;
	log(line: string): void;
}

export interface BenchCase {
	name: string;
	description: string;
	run(ctx: BenchContext): Promise<BenchRow[]>;
}
