/**
 * Property suite: hostile requests to every sidecar route through `app.inject`, on a private copy of
 * the fixture with every vendor switched on. Never a 5xx, never the input echoed into JSONP or HTML,
 * and the database is byte-for-byte the same afterwards (CHECKSUM TABLE of every table).
 * FUZZ_RUNS and FUZZ_SEED (printed) replay or widen a run.
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { pluginTableSql } from '../../test/stack/plugin-tables';
import { CANARY, encode, fuzzRequest, type FuzzRequest, type Tokens } from './fuzz/arbitraries';
import { build, identityHeaders } from './helper';
import { privateDatabase, stackDb, TEST_PREFIX } from './stack';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const BATCH = 8;
const TOKENS: Tokens = { oct8ne: 'FUZZ0CT8NE0123456789ABCDEF012345', belco: 'fuzz-belco-token-3c9a', loymax: 'fuzz-loymax-token-77e1' };

const serialized = (entries: Record<string, string | boolean>) =>
	`a:${Object.keys(entries).length}:{${Object.entries(entries).map(([k, v]) => `s:${k.length}:"${k}";${typeof v === 'boolean' ? `b:${v ? 1 : 0};` : `s:${v.length}:"${v}";`}`).join('')}}`;

const VENDOR_OPTIONS = {
	commerce_bridge_oct8ne: serialized({ enabled: true, license: 'LAB', apiToken: TOKENS.oct8ne }),
	commerce_bridge_belco: serialized({ enabled: true, ordersToken: TOKENS.belco }),
	commerce_bridge_loymax: serialized({ enabled: true, feedToken: TOKENS.loymax }),
	commerce_bridge_bambuser: serialized({ enabled: true, orgId: 'LAB' }),
};

/** Parameter names keep their brackets readable half of the time (`page[number]`), as clients send them. */
const encodeName = (name: string) => (/^[\w[\]]+$/.test(name) ? name : encode(name));

function ownToken(path: string): [string, string] | null {
	const lower = path.toLowerCase();
	if (lower.startsWith('/commerce-bridge/belco/')) return ['token', TOKENS.belco];
	if (lower.startsWith('/commerce-bridge/loymax/')) return ['token', TOKENS.loymax];
	if (lower.startsWith('/oct8ne/frame/')) return ['apiToken', TOKENS.oct8ne];
	return null;
}

function toInject(request: FuzzRequest): InjectOptions & { url: string } {
	const token = request.withToken ? ownToken(request.path) : null;
	const params = token ? [...request.params, token] : request.params;
	const query = params.map(([name, value]) => `${encodeName(name)}=${encode(value)}`).join('&');
	const url = query ? `${request.path}?${query}` : request.path;
	// A valid signature on a write (addToWishList) would be a legitimate change; the fuzz signs reads only.
	const signed = request.signed && !/addtowishlist/i.test(request.path) ? identityHeaders(request.method, url, { user: 2, session: '2' }) : {};
	return { method: request.method, url, headers: { ...request.headers, ...signed }, remoteAddress: request.remoteAddress, payload: request.body };
}

/** JSONP is `<valid callback>(<JSON>);` and the JSON holds no input; HTML holds no raw input. */
function expectNoReflection(type: string, body: string): void {
	if (body === '') return; // HEAD
	if (type.startsWith('application/javascript')) {
		const [, payload = ''] = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\((.*)\);$/s.exec(body) ?? [];
		expect(() => JSON.parse(payload)).not.toThrow();
		expect(payload).not.toContain(CANARY);
	}
	// The Belco frame may name the e-mail it was asked for, escaped: never a raw quote, bracket or backtick after input.
	if (type.startsWith('text/html')) expect(body).not.toMatch(new RegExp(`${CANARY}[<>"'\`]`));
}

describe('fuzz: hostile requests to every route', () => {
	let app: FastifyInstance;
	let database: Awaited<ReturnType<typeof privateDatabase>>;
	const checksum = async () => {
		const tables = (await stackDb().sql('SHOW TABLES', database.name)).split('\n').filter(Boolean);
		return stackDb().sql(`CHECKSUM TABLE ${tables.map((t) => `\`${t}\``).join(', ')} EXTENDED`, database.name);
	};

	beforeAll(async () => {
		database = await privateDatabase();
		const options = Object.entries(VENDOR_OPTIONS).map(([name, value]) => `('${name}', '${value}', 'off')`).join(', ');
		await stackDb().sql(`${pluginTableSql(TEST_PREFIX, 'commerce_bridge_wishlist', 'commerce_bridge_oct8ne_sessions')};
INSERT INTO ${TEST_PREFIX}options (option_name, option_value, autoload) VALUES ${options};`, database.name);
		app = await build({ env: { DATABASE_URL: database.url } });
	});
	afterAll(async () => {
		await app.close();
		await database.drop();
	});

	test(`${RUNS} requests: no 5xx, no reflection into JSONP or HTML, database unchanged`, async () => {
		const before = await checksum();
		const statuses = new Map<number, number>();
		const started = performance.now();
		// Each case sends a batch at once: the database's waits overlap, as with real concurrent callers.
		await fc.assert(fc.asyncProperty(fc.array(fuzzRequest(TOKENS), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
			for (const res of await Promise.all(batch.map((request) => app.inject(toInject(request))))) {
				statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
				expect(res.statusCode).toBeLessThan(500);
				expectNoReflection(String(res.headers['content-type'] ?? ''), res.body);
			}
		}), { numRuns: Math.ceil(RUNS / BATCH), seed: SEED });
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const cases = [...statuses.values()].reduce((a, b) => a + b, 0);
		console.log(`fuzz: ${cases} requests in ${seconds} s (seed ${SEED}); statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
		expect(cases).toBeGreaterThanOrEqual(RUNS);
		expect(await checksum()).toBe(before);
	}, 300_000);
});
