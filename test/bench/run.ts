/**
 * `npm run bench [-- --only <case>[,<case>…]] [-- --quick]` — prints one table of figures.
 *
 * Starts the fixture stack once under .stack/bench/ when a case asks for it (and generated stores when a
 * case asks for one), runs the cases in CASES order, and stops everything on every exit path (including
 * Ctrl+C). To add a case: write test/bench/cases/<name>.ts exporting a BenchCase (contract in case.ts)
 * and add it to CASES below.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { handleSignals } from '../stack/signals';
import { startStack, type Stack } from '../stack/stack';
import type { BenchCase, BenchContext } from './case';
import { oct8ne } from './cases/oct8ne';
import { loymaxFeeds } from './cases/loymax-feeds';
import { proxyIdentity } from './cases/proxy-identity';
import { sidecarCore } from './cases/sidecar-core';
import { wordpressBaseline } from './cases/wordpress-baseline';
import { withGeneratedStore, type GeneratedSidecar } from './generated-store';
import { formatTable, type BenchRow } from './report';

const CASES: BenchCase[] = [
	wordpressBaseline,
	sidecarCore,
	proxyIdentity,
	oct8ne,
	loymaxFeeds,
];

const argsSchema = z.object({ only: z.array(z.string()).default([]), quick: z.boolean().default(false) });

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
	const only: string[] = [];
	let quick = false;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
		else if (argv[i] === '--quick') quick = true;
		else throw new Error(`unknown argument ${argv[i]} (use --only <case> or --quick)`);
	}
	const unknown = only.filter((name) => !CASES.some((c) => c.name === name));
	if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
	return argsSchema.parse({ only, quick });
}

/** Lazily started resources, each stopped exactly once by `stopAll`. */
function resources(log: (line: string) => void) {
	let stack: Promise<Stack> | null = null;
	const stores = new Map<string, Promise<GeneratedSidecar>>();
	const ctxParts = {
		stack: () => (stack ??= (log('starting the fixture stack in .stack/bench/'), startStack({ dir: join(__dirname, '..', '..', '.stack', 'bench') }))),
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
		budget: args.quick ? { sequential: 30, warmup: 5, connections: 20, durationSec: 2 } : { sequential: 200, warmup: 20, connections: 50, durationSec: 5 },
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
	console.log(`\n${formatTable(rows)}`);
	const failed = rows.filter((r) => r.p50 === null).length;
	console.log(`\n${rows.length} targets, ${failed} not measured, ${((Date.now() - started) / 1000).toFixed(0)} s (${new Date().toISOString()}, ${args.quick ? 'quick' : 'full'} budget)`);
	if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
