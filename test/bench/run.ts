/**
 * `npm run bench [-- --only <case>[,<case>…]] [-- --quick | --smoke]` — prints, from one run, the table
 * of every figure, the path comparison (each call: Store API baseline, WordPress, early, direct, sidecar;
 * see cases/comparison.ts) and the storefront bundle sizes (bundles.ts).
 *
 * Starts the fixture stack (real WordPress + WooCommerce, every vendor enabled) once under .stack/bench/ (or
 * bench-<n> while another bench runs) when a case asks for it (and generated stores when a case asks for
 * one), runs the cases in CASES order, and stops everything on every exit path (including Ctrl+C).
 * `--quick` measures less; `--smoke` sends a few requests per target and skips the generated stores, so a
 * test command can run it in seconds and the bench never rots. It asserts no timing, but exits 1 when a
 * target did not answer as expected (status, content, the path that answered) or a bundle is over budget.
 * To add a case: write test/bench/cases/<name>.ts exporting a BenchCase (contract in case.ts) and add it
 * to CASES below.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { handleSignals } from '../stack/signals';
import { StackBusyError, startStack, type Stack } from '../stack/stack';
import { formatBundles, storefrontBundles } from './bundles';
import type { BenchCase, BenchContext } from './case';
import { comparison } from './cases/comparison';
import { oct8ne } from './cases/oct8ne';
import { loymaxFeeds } from './cases/loymax-feeds';
import { sidecarCore } from './cases/sidecar-core';
import { wordpressBaseline } from './cases/wordpress-baseline';
import { withGeneratedStore, type GeneratedSidecar } from './generated-store';
import { formatComparison, formatTable, isFailure, type BenchRow } from './report';

const CASES: BenchCase[] = [
	comparison,
	wordpressBaseline,
	sidecarCore,
	oct8ne,
	loymaxFeeds,
];

const BUDGETS = {
	// 10 connections keep 2 cores busy without queueing PHP requests past the proxy's 1 s deadline.
	full: { sequential: 200, warmup: 20, sequentialSec: 30, connections: 10, durationSec: 5 },
	quick: { sequential: 30, warmup: 5, sequentialSec: 5, connections: 10, durationSec: 2 },
	// The probe before each target already checks its answer: one more request proves it keeps answering.
	smoke: { sequential: 1, warmup: 0, sequentialSec: 5, connections: 1, durationSec: 0 },
} satisfies Record<string, BenchContext['budget']>;

const argsSchema = z.object({ only: z.array(z.string()).default([]), mode: z.enum(['full', 'quick', 'smoke']).default('full') });

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
	const only: string[] = [];
	let mode: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
		else if ((argv[i] === '--quick' || argv[i] === '--smoke') && !mode) mode = argv[i]!.slice(2);
		else throw new Error(`unexpected argument ${argv[i]} (use --only <case>, and --quick or --smoke)`);
	}
	const unknown = only.filter((name) => !CASES.some((c) => c.name === name));
	if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
	return argsSchema.parse({ only, mode });
}

/** The fixture stack in `.stack/bench`, or a numbered sibling while another bench holds it. */
async function startInFreeSlot(log: (line: string) => void): Promise<Stack> {
	for (let slot = 0; ; slot++) {
		const dir = join(__dirname, '..', '..', '.stack', slot === 0 ? 'bench' : `bench-${slot}`);
		try {
			log(`starting the fixture stack in ${dir}`);
			return await startStack({ dir, demoVendors: true });
		} catch (error) {
			if (!(error instanceof StackBusyError) || slot === 3) throw error;
		}
	}
}

/** Lazily started resources, each stopped exactly once by `stopAll`. */
function resources(log: (line: string) => void) {
	let stack: Promise<Stack> | null = null;
	const stores = new Map<string, Promise<GeneratedSidecar>>();
	const ctxParts = {
		stack: () => (stack ??= startInFreeSlot(log)),
		generatedStore: (size: Parameters<BenchContext['generatedStore']>[0]) => {
			const key = JSON.stringify(size);
			if (!stores.has(key)) stores.set(key, withGeneratedStore(size, log));
			return stores.get(key)!;
		},
	};
	const stopAll = async () => {
		const running: Array<Promise<{ stop(): Promise<void> }>> = [...stores.values(), ...(stack ? [stack] : [])];
		stack = null;
		stores.clear();
		await Promise.all(running.map((s) => s.then((r) => r.stop(), () => undefined)));
	};
	return { ctxParts, stopAll };
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const log = (line: string) => console.error(line);
	const { ctxParts, stopAll } = resources(log);
	handleSignals(async () => {
		await stopAll();
		process.exit(130);
	});
	const ctx: BenchContext = {
		...ctxParts,
		budget: BUDGETS[args.mode],
		largeStores: args.mode !== 'smoke',
		log,
	};
	const rows: BenchRow[] = [];
	const started = Date.now();
	try {
		for (const benchCase of CASES.filter((c) => args.only.length === 0 || args.only.includes(c.name))) {
			log(`case ${benchCase.name}: ${benchCase.description}`);
			try {
				rows.push(...(await benchCase.run(ctx)));
			} catch (error) {
				rows.push({ case: benchCase.name, target: '(case failed)', p50: null, p95: null, reqPerSec: null, notes: (error as Error).message.split('\n')[0] ?? '' });
			}
		}
	} finally {
		await stopAll();
	}
	const bundles = storefrontBundles();
	console.log(`\n${formatTable(rows)}\n\n${formatComparison(rows)}\n\nstorefront bundles (plugin/build)\n${formatBundles(bundles)}`);
	const failed = rows.filter(isFailure).length + bundles.filter((b) => b.problem).length;
	const skipped = rows.filter((r) => r.skipped).length;
	console.log(`\n${rows.length} targets, ${failed} failed (not measured, or a bundle over budget), ${skipped} skipped, ${((Date.now() - started) / 1000).toFixed(0)} s (${new Date().toISOString()}, ${args.mode} budget)`);
	if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
