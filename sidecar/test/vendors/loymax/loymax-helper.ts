/** Sidecars on a private fixture copy with the Loymax integration enabled and a feed token set. */
import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { privateDatabase, stackDb, TEST_PREFIX } from '../../stack';

export const FEED_TOKEN = 'loymax-feed-token-5d21c0';

type OptionValue = string | boolean;

/** PHP's serialize() of a flat array of strings and booleans, as the plugin stores its options. */
export function phpSerialize(values: Record<string, OptionValue>): string {
	const item = (v: OptionValue) => (typeof v === 'boolean' ? `b:${v ? 1 : 0};` : `s:${Buffer.byteLength(v)}:"${v}";`);
	return `a:${Object.keys(values).length}:{${Object.entries(values).map(([k, v]) => `${item(k)}${item(v)}`).join('')}}`;
}

export interface LoymaxDb {
	name: string;
	/** An app reading Loymax settings `values` (enabled with FEED_TOKEN unless overridden). */
	app(values?: Record<string, OptionValue>): Promise<FastifyInstance>;
	sql(statement: string): Promise<string[][]>;
	close(): Promise<void>;
}

export async function loymaxDb(options: { hpos?: boolean } = {}): Promise<LoymaxDb> {
	const db = await privateDatabase({ hpos: options.hpos ?? true });
	const apps: FastifyInstance[] = [];
	const sql = async (statement: string) => (await stackDb().sql(statement, db.name)).split('\n').filter(Boolean).map((l) => l.split('\t'));
	return {
		name: db.name,
		sql,
		async app(values = {}) {
			const option = phpSerialize({ enabled: true, feedToken: FEED_TOKEN, ...values }).replaceAll("'", "''");
			await sql(`INSERT INTO \`${TEST_PREFIX}options\` (option_name, option_value, autoload) VALUES ('commerce_bridge_loymax', '${option}', 'off')
				ON DUPLICATE KEY UPDATE option_value = VALUES(option_value);`);
			const app = await build({ env: { DATABASE_URL: db.url } });
			apps.push(app);
			return app;
		},
		async close() {
			await Promise.all(apps.map((a) => a.close()));
			await db.drop();
		},
	};
}

export interface LoymaxSuite {
	/** The file's private database (set in beforeAll). */
	db: LoymaxDb;
	/** An app with the default Loymax settings on it (set in beforeAll). */
	app: FastifyInstance;
}

/** A test file's private database and default app, created before its tests and dropped after them. */
export function loymaxSuite(): LoymaxSuite {
	const suite = {} as LoymaxSuite;
	beforeAll(async () => {
		suite.db = await loymaxDb();
		suite.app = await suite.db.app();
	});
	afterAll(async () => suite.db.close());
	return suite;
}

export interface Resource {
	type: string;
	id: string;
	attributes: Record<string, unknown>;
}

export interface FeedBody {
	data: Resource[];
	meta: { total: number; count: number; page: number; size: number };
	links: { self: string; first: string; prev: string | null; next: string | null; last: string };
}

/** GET a feed with the token as a Bearer header; fails the test on anything but 200. */
export async function feed(app: FastifyInstance, path: string): Promise<FeedBody> {
	const res = await app.inject({ url: `/commerce-bridge/loymax/${path}`, headers: { authorization: `Bearer ${FEED_TOKEN}` } });
	if (res.statusCode !== 200) throw new Error(`${path}: HTTP ${res.statusCode} ${res.body}`);
	return res.json() as FeedBody;
}

/** Every page of a feed, following `links.next` as a client would. */
export async function crawl(app: FastifyInstance, path: string): Promise<Resource[]> {
	const all: Resource[] = [];
	let next: string | null = path;
	for (let guard = 0; next !== null && guard < 100; guard++) {
		const body = await feed(app, next);
		all.push(...body.data);
		next = body.links.next === null ? null : body.links.next.replace(/^.*\/commerce-bridge\/loymax\//, '');
	}
	return all;
}
