import autocannon from 'autocannon';

export interface SequentialResult {
	p50: number;
	p95: number;
	p99: number;
	mean: number;
	/** Status of the last response, for a sanity note. */
	status: number;
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

/**
 * Latency of `n` requests one after another on a keep-alive connection (Node's fetch pools and reuses
 * sockets), after `warmup` unmeasured ones. Figures in ms; the body is read in full every time.
 */
export async function measureSequential(url: string, options: { n: number; warmup: number; headers?: () => Record<string, string> }): Promise<SequentialResult> {
	const samples: number[] = [];
	let status = 0;
	for (let i = 0; i < options.warmup + options.n; i++) {
		const started = performance.now();
		const response = await fetch(url, { headers: options.headers?.() ?? {} });
		await response.arrayBuffer();
		status = response.status;
		if (i >= options.warmup) samples.push(performance.now() - started);
	}
	samples.sort((a, b) => a - b);
	return {
		p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99),
		mean: samples.reduce((s, v) => s + v, 0) / samples.length, status,
	};
}

/** Requests per second and latency under `connections` concurrent keep-alive connections (autocannon). */
export async function measureThroughput(url: string, options: { connections: number; durationSec: number; headers?: Record<string, string> }): Promise<ThroughputResult> {
	const result = await autocannon({ url, connections: options.connections, duration: options.durationSec, headers: options.headers });
	return { reqPerSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}
