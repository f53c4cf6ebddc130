import type { Stack } from '../../stack/stack';
import { CALLS, type BenchCall } from '../calls';
import type { BenchCase, BenchContext } from '../case';
import { CUSTOMER, customerCookie } from '../customer';
import { PATHS, type PathInfo, type PathName } from '../paths';
import type { BenchRow } from '../report';
import { stackRouting, type Routing } from '../routing';
import { signedHeaders } from '../signed';
import { measureTarget } from '../target';

/**
 * Every call of calls.ts along every path of paths.ts on the fixture store, in the order that switches
 * the stack's routing least (see routing.ts); rows come back in PATHS order per call.
 */
const STEPS: Array<{ path: PathName; routing?: { early: boolean; direct: boolean } }> = [
	{ path: 'baseline' },
	{ path: 'sidecar' },
	{ path: 'direct', routing: { early: true, direct: true } },
	{ path: 'early', routing: { early: true, direct: false } },
	{ path: 'wordpress', routing: { early: false, direct: false } },
];

interface Asked {
	stack: Stack;
	cookie: string;
	credentials: Map<BenchCall, Record<string, string>>;
}

/** The request headers of one call on one path: the customer's cookie, or the identity WordPress would sign. */
function headers(path: PathName, call: BenchCall, asked: Asked): () => Record<string, string> {
	const extra = asked.credentials.get(call) ?? {};
	if (path === 'sidecar') {
		const [user, session] = call.identityBound ? [CUSTOMER.userId, CUSTOMER.session] : ['0', ''];
		return () => ({ ...extra, ...signedHeaders(asked.stack.secret, 'GET', call.vendorPath, user, session) });
	}
	return () => (call.identityBound ? { ...extra, cookie: asked.cookie } : extra);
}

function measure(ctx: BenchContext, path: PathInfo, call: BenchCall, asked: Asked): Promise<BenchRow> {
	const request = path.name === 'baseline' ? call.baselinePath : call.vendorPath;
	const base = path.name === 'sidecar' ? asked.stack.sidecarUrl : asked.stack.wpUrl;
	return measureTarget(ctx, comparison.name, `GET ${request}`, `${base}${request}`, {
		headers: headers(path.name, call, asked),
		check: (response, body) => call.check(body) || path.answeredBy(response.headers, call.identityBound),
	}).then((row) => ({ ...row, call: call.name, path: path.name }));
}

/** Rows for a path this stack does not have: skipped while the plugin does not ship it, failed once it does. */
function unavailable(step: (typeof STEPS)[number], routing: Routing): BenchRow[] {
	const way = step.path === 'early' || step.path === 'direct' ? step.path : null;
	if (!way || !routing.missing[way]) return [];
	const why = routing.missing[way];
	return CALLS.map((call) => ({
		case: comparison.name, call: call.name, path: step.path, target: '', p50: null, p95: null, reqPerSec: null,
		...(routing.shipped[way] ? { notes: `NOT MEASURED: ${why}, though the plugin ships it` } : { notes: '', skipped: why }),
	}));
}

async function steps(ctx: BenchContext, asked: Asked, routing: Routing): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const step of STEPS) {
		const path = PATHS.find((p) => p.name === step.path)!;
		const missing = unavailable(step, routing);
		if (missing.length) {
			rows.push(...missing);
			continue;
		}
		if (step.routing) await routing.set(step.routing);
		for (const call of CALLS) rows.push(await measure(ctx, path, call, asked));
	}
	return rows;
}

export const comparison: BenchCase = {
	name: 'comparison',
	description: `${CALLS.map((c) => c.name).join(', ')}: ${PATHS.map((p) => p.name).join(' / ')}`,
	async run(ctx) {
		const stack = await ctx.stack();
		const credentials = new Map(await Promise.all(CALLS.map(async (call) => [call, (await call.credentials?.(stack)) ?? {}] as const)));
		const asked = { stack, cookie: await customerCookie(stack.wpUrl), credentials };
		const routing = stackRouting(stack, `${stack.wpUrl}${CALLS[0]!.vendorPath}`);
		try {
			const rows = await steps(ctx, asked, routing);
			const order = (row: BenchRow) => CALLS.findIndex((c) => c.name === row.call) * PATHS.length + PATHS.findIndex((p) => p.name === row.path);
			return rows.sort((a, b) => order(a) - order(b));
		} finally {
			await routing.restore();
		}
	},
};
