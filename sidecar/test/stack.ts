/** The test MariaDB started by global-setup.ts, as seen from a test worker. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from '../../test/stack/fixture';
import type { MariaDb } from '../../test/stack/mariadb';
import { run } from '../../test/stack/processes';

export const STACK_ROOT = join(__dirname, '..', '..', '.stack', 'sidecar-tests');
export const STACK_ENV = 'SIDECAR_TEST_STACK';
/** Both shared databases hold the fixture under this prefix, so no code can get away with `wp_`. */
export const TEST_PREFIX = 'shop_';
export const HPOS_DATABASE = 'woo_hpos';
export const POSTS_DATABASE = 'woo_posts';
/** oct8ne's API token on the shared databases (oct8ne and Bambuser are switched on there; Belco and Loymax are off). */
export const SHARED_OCT8NE_TOKEN = 'D0C8A31F6B2E4A97B5C1E0F2A3B4C5D6';

/** The plugin's options (PHP-serialized, as WordPress stores them) that switch the shared store's vendors on. */
export function sharedVendorSettingsSql(): string {
	const oct8ne = `a:4:{s:7:"enabled";b:1;s:7:"license";s:3:"LAB";s:6:"region";s:2:"eu";s:8:"apiToken";s:32:"${SHARED_OCT8NE_TOKEN}";}`;
	const bambuser = 'a:2:{s:7:"enabled";b:1;s:5:"orgId";s:3:"LAB";}';
	return `INSERT INTO \`${TEST_PREFIX}options\` (option_name, option_value, autoload)
VALUES ('commerce_bridge_oct8ne', '${oct8ne}', 'off'), ('commerce_bridge_bambuser', '${bambuser}', 'off');`;
}

export interface StackInfo {
	dir: string;
	port: number;
	socket: string;
	user: string;
	password: string;
}

let cached: MariaDb | undefined;

/** Where global-setup.ts put this run's server (its directory is this run's scratch space too). */
export function stackInfo(): StackInfo {
	const file = process.env[STACK_ENV];
	if (!file) throw new Error(`${STACK_ENV} is not set: run the suite with npm run test:sidecar`);
	return JSON.parse(readFileSync(file, 'utf8')) as StackInfo;
}

/** The shared server; `stop()` is a no-op here because global-teardown.ts owns the process. */
export function stackDb(): MariaDb {
	if (cached) return cached;
	const info = stackInfo();
	cached = {
		host: '127.0.0.1',
		...info,
		url: (database) => `mysql://${info.user}:${info.password}@127.0.0.1:${info.port}/${database}`,
		sql: (statements, database) =>
			run('mariadb', ['--no-defaults', `--socket=${info.socket}`, '-uroot', '--batch', '--skip-column-names', ...(database ? [database] : [])], { input: statements }),
		stop: async () => undefined,
	};
	return cached;
}

let privateCount = 0;

/** A fresh copy of the fixture for a test that writes; drop() removes it. */
export async function privateDatabase(options: { hpos?: boolean } = {}): Promise<{ name: string; url: string; drop(): Promise<void> }> {
	const db = stackDb();
	const name = `private_${process.pid}_${++privateCount}`;
	await loadFixture(db, { database: name, prefix: TEST_PREFIX, hpos: options.hpos });
	return { name, url: db.url(name), drop: async () => void (await db.sql(`DROP DATABASE IF EXISTS \`${name}\``)) };
}
