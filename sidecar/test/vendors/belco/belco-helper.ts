/** A sidecar on a private fixture copy with the Belco integration enabled and an orders token set. */
import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { privateDatabase, stackDb, TEST_PREFIX } from '../../stack';

export const BELCO_TOKEN = 'belco-test-token-7f3a9c';

/** PHP's serialize() of the plugin's Belco option. */
function belcoOption(token: string): string {
	return `a:2:{s:7:"enabled";b:1;s:11:"ordersToken";s:${Buffer.byteLength(token)}:"${token}";}`;
}

export interface Answer {
	statusCode: number;
	headers: Record<string, string>;
	body: string;
	json(): unknown;
}

export interface BelcoApp {
	app: FastifyInstance;
	/** A real HTTP GET on the listening app (light-my-request's ESM `cookie` dependency does not load under jest here). */
	get(path: string): Promise<Answer>;
	close(): Promise<void>;
}

export async function belcoApp(options: { hpos: boolean }): Promise<BelcoApp> {
	const db = await privateDatabase({ hpos: options.hpos });
	await stackDb().sql(`INSERT INTO \`${TEST_PREFIX}options\` (option_name, option_value, autoload)
		VALUES ('commerce_bridge_belco', '${belcoOption(BELCO_TOKEN)}', 'off')
		ON DUPLICATE KEY UPDATE option_value = VALUES(option_value);`, db.name);
	const app = await build({ env: { DATABASE_URL: db.url } });
	const base = await app.listen({ host: '127.0.0.1', port: 0 });
	const get = async (path: string): Promise<Answer> => {
		const res = await fetch(`${base}${path}`);
		const body = await res.text();
		return { statusCode: res.status, headers: Object.fromEntries(res.headers), body, json: () => JSON.parse(body) };
	};
	return { app, get, close: async () => { await app.close(); await db.drop(); } };
}

/** Runs SQL on a shared fixture database and returns the rows as tab-separated fields. */
export async function fixtureRows(sql: string, database = 'woo_hpos'): Promise<string[][]> {
	const out = await stackDb().sql(sql, database);
	return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
}
