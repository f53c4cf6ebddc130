import autocannon from 'autocannon';

export interface SequentialResult {
	p50: number;
	p95: number;
	p99: number;
	mean: number;
	/** Status of the last response, for a sanity note. */
	status: number;
	/** Samples taken: fewer than asked when `maxMs` ran out. */
	samples: number;
}

export interface ThroughputResult {
	reqPerSec: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Fewest samples a time-limited run still takes, so p50 means something. */
const MIN_SAMPLES = 5;

/**
 * Latency of `n` requests one after another on a keep-alive connection (Node's fetch pools and reuses
 * sockets), after `warmup` unmeasured ones; stops early (after at least 5) once `maxMs` have passed, so
 * a slow target does not stretch the run. Figures in ms; the body is read in full every time.
 */
export async function measureSequential(url: string, options: { n: number; warmup: number; maxMs?: number; headers?: () => Record<string, string> }): Promise<SequentialResult> {
	const samples: number[] = [];
	const deadline = performance.now() + (options.maxMs ?? Infinity);
	let status = 0;
	for (let i = 0; i < options.warmup + options.n; i++) {
		if (samples.length >= MIN_SAMPLES && performance.now() > deadline) break;
		const started = performance.now();
		const response = await fetch(url, { headers: options.headers?.() ?? {} });
		await response.arrayBuffer();
		status = response.status;
		if (i >= options.warmup) samples.push(performance.now() - started);
	}
	samples.sort((a, b) => a - b);
	return {
		p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99),
		mean: samples.reduce((s, v) => s + v, 0) / samples.length, status, samples: samples.length,
	};
}

/** Requests per second and latency under `connections` concurrent keep-alive connections (autocannon). */
export async function measureThroughput(url: string, options: { connections: number; durationSec: number; headers?: Record<string, string> }): Promise<ThroughputResult> {
	const result = await autocannon({ url, connections: options.connections, duration: options.durationSec, headers: options.headers });
	return { reqPerSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}
