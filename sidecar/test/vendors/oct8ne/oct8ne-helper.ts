import type { FastifyInstance } from 'fastify';
import { pluginTableSql } from '../../../../test/stack/plugin-tables';
import { build } from '../../helper';
import { privateDatabase, stackDb, TEST_PREFIX } from '../../stack';

export const TOKEN = 'C9562C260EE0B82577D9D315F53EBE78';

/** PHP serialize() of a flat array of strings/booleans, as WordPress stores the settings option. */
function phpArray(values: Record<string, string | boolean>): string {
	const item = (v: string | boolean) => (typeof v === 'boolean' ? `b:${v ? 1 : 0};` : `s:${Buffer.byteLength(v)}:"${v}";`);
	return `a:${Object.keys(values).length}:{${Object.entries(values).map(([k, v]) => `s:${k.length}:"${k}";${item(v)}`).join('')}}`;
}

/** SQL over the shared fixture database (read-only use). */
export async function sql(statement: string, database = 'woo_hpos'): Promise<string[][]> {
	const out = await stackDb().sql(statement, database);
	return out.split('\n').filter((line) => line !== '').map((line) => line.split('\t'));
}

export interface Oct8neStore {
	app: FastifyInstance;
	database: string;
	query(statement: string): Promise<string[][]>;
	close(): Promise<void>;
}

/**
 * A private copy of the fixture with the plugin's tables (same DDL as the plugin's activation), oct8ne
 * enabled with TOKEN, and any extra SQL (e.g. switching the hide-out-of-stock option).
 */
export async function oct8neStore(options: { hpos?: boolean; extraSql?: string } = {}): Promise<Oct8neStore> {
	const db = await privateDatabase({ hpos: options.hpos });
	const option = phpArray({ enabled: true, license: 'LAB', region: 'eu', apiToken: TOKEN }).replaceAll("'", "''");
	await stackDb().sql(`${pluginTableSql(TEST_PREFIX, 'commerce_bridge_wishlist', 'commerce_bridge_oct8ne_sessions')};
INSERT INTO ${TEST_PREFIX}options (option_name, option_value, autoload) VALUES ('commerce_bridge_oct8ne', '${option}', 'off');
${options.extraSql ?? ''}`, db.name);
	const app = await build({ env: { DATABASE_URL: db.url } });
	return {
		app,
		database: db.name,
		query: (statement) => sql(statement, db.name),
		close: async () => {
			await app.close();
			await db.drop();
		},
	};
}
