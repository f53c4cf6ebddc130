import type { BenchContext } from './case';
import { measureSequential, measureThroughput } from './measure';
import type { BenchRow } from './report';

/** plugin/src/Proxy/CircuitBreaker.php COOL_DOWN (5 s), and a second to spare. */
const BREAKER_COOL_DOWN_MS = 6_000;

export interface TargetOptions {
	/** Headers per request (a function so signed headers carry a fresh time). */
	headers?: () => Record<string, string>;
	/** Also run autocannon with the budget's connections and duration (default true). */
	throughput?: boolean;
	/** Status the target should answer; anything else is reported in notes (default 200). */
	expectStatus?: number;
	/** What else the first answer must show (its body, the path that answered): '' when right, else the problem. */
	check?: (response: Response, body: string) => string;
	notes?: string;
}

/** One request: '' when it answers as expected, else what is wrong. */
async function probe(url: string, expected: number, options: TargetOptions): Promise<string> {
	try {
		const response = await fetch(url, { headers: options.headers?.() ?? {} });
		const body = await response.text();
		if (response.status !== expected) return `HTTP ${response.status}, expected ${expected}`;
		return options.check?.(response, body) ?? '';
	} catch (error) {
		return (error as Error).message;
	}
}

/**
 * Probes the target once, then measures sequential latency (p50/p95) and, unless disabled, throughput.
 * A target that does not answer the expected status is reported, not measured.
 */
export async function measureTarget(ctx: BenchContext, caseName: string, target: string, url: string, options: TargetOptions = {}): Promise<BenchRow> {
	const row: BenchRow = { case: caseName, target, p50: null, p95: null, reqPerSec: null, notes: options.notes ?? '' };
	const expected = options.expectStatus ?? 200;
	const problem = await probe(url, expected, options);
	if (problem) {
		row.notes = `NOT MEASURED: ${problem}`;
		return row;
	}
	ctx.log(`  ${caseName}: ${target}`);
	const seq = await measureSequential(url, { n: ctx.budget.sequential, warmup: ctx.budget.warmup, maxMs: ctx.budget.sequentialSec * 1000, headers: options.headers });
	Object.assign(row, { p50: seq.p50, p95: seq.p95 });
	if (seq.samples < ctx.budget.sequential) row.notes = [row.notes, `${seq.samples} samples in ${ctx.budget.sequentialSec} s`].filter(Boolean).join('; ');
	if ((options.throughput ?? true) && ctx.budget.durationSec > 0) {
		// autocannon sends fixed headers: a signed time stays valid for 60 s, longer than any run here.
		const load = await measureThroughput(url, { connections: ctx.budget.connections, durationSec: ctx.budget.durationSec, headers: options.headers?.() });
		row.reqPerSec = load.reqPerSec;
		const trouble = load.errors + load.non2xx;
		const latency = load.reqPerSec > 0 ? `p99@${ctx.budget.connections}c ${load.p99} ms` : `none answered within ${ctx.budget.durationSec} s at ${ctx.budget.connections}c`;
		row.notes = [row.notes, latency, trouble ? `${load.errors} errors, ${load.non2xx} non-2xx: req/s counts them` : ''].filter(Boolean).join('; ');
		// Refusals under load may have opened the proxy's circuit breaker: the next target waits it out.
		if (trouble) await new Promise((resolve) => setTimeout(resolve, BREAKER_COOL_DOWN_MS));
	}
	return row;
}
