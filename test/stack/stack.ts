/**
 * The local Commerce Bridge stack, one call: `startStack({ dir, prefix = 'wp_' })`.
 *
 * Starts, on free loopback ports and with every runtime file under `dir` (e.g. `.stack/demo`):
 *   MariaDB (data in `<dir>/mariadb`) holding the real WooCommerce 10.1 fixture store under `prefix`
 *   (database `wordpress`; loaded fresh, or kept from the last start when `persistent`);
 *   WordPress 6.8.2 with WooCommerce 10.1.0 from their release archives (see archives.ts) in
 *   `<dir>/wordpress` on php-fpm + nginx, with our plugin symlinked and activated;
 *   the built sidecar (`sidecar/dist/server.js`) with the plugin's `commerce_bridge_secret`.
 * With `webServers: false` (PHP tests) only MariaDB and the configured WordPress tree are set up: no
 * php-fpm, nginx or sidecar; `wpUrl` is then the site's nominal URL and `sidecarUrl` is ''.
 * Resolves to:
 *   { wpUrl, adminUrl, sidecarUrl, secret, db, database, prefix, wpRoot, dir, stop() }
 * nginx sends the identity-free vendor calls straight to the sidecar with Commerce Bridge's shipped config
 * (`<dir>/nginx-direct-path.conf`, rendered from plugin/server-config/nginx.conf; docs/direct-path.md).
 * `db` is the MariaDb handle (`db.url(database)` gives a mysql:// URL, `db.sql()` runs SQL as root).
 * `stop()` stops every process the stack started and releases `<dir>/stack.lock`; call it on every
 * exit path. A second stack in the same `dir` while one is alive throws StackBusyError. On a start-up
 * failure everything already started is stopped and the error carries the relevant log tails.
 * Logins: admin / woolab-admin-pw (ADMIN_USER / ADMIN_PASSWORD). Needs `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFixture } from './fixture';
import { acquireLock, reapStale } from './lock';
import { tails } from './logs';
import { startMariaDb, type MariaDb } from './mariadb';
import { freePort } from './ports';
import { SIDECAR_ENTRY, startSidecar } from './sidecar';
import { startNginx, startPhpFpm } from './web';
import { installWordPress } from './wordpress';

export { StackBusyError } from './lock';
export { ADMIN_PASSWORD, ADMIN_USER } from './wordpress';

export interface StackOptions {
	/** Runtime directory, e.g. `.stack/demo`; created when missing. */
	dir: string;
	/** Table prefix for the fixture and `$table_prefix` (default `wp_`). */
	prefix?: string;
	/** Enable all four vendors with demo values (once per database). */
	demoVendors?: boolean;
	/** Keep the database, the site tree and the ports from the last start (the demo); default false. */
	persistent?: boolean;
	/** With `persistent`: reload the fixture anyway. */
	reset?: boolean;
	/** false: only the database and the WordPress tree, no php-fpm/nginx/sidecar (default true). */
	webServers?: boolean;
	/** Aborts a start in progress (e.g. on Ctrl-C); what was started is stopped. */
	signal?: AbortSignal;
}

export interface Stack {
	wpUrl: string;
	adminUrl: string;
	sidecarUrl: string;
	secret: string;
	db: MariaDb;
	database: string;
	prefix: string;
	wpRoot: string;
	dir: string;
	stop(): Promise<void>;
}

export const DATABASE = 'wordpress';

/** Logs shown when a start fails (startMariaDb reports its own log). */
const LOGS = ['php-fpm.log', 'php-error.log', 'nginx-error.log', 'debug.log', 'sidecar.log'];

/** The ports of the last start of a persistent stack, so its URLs (and the site URL) stay the same. */
function lastPorts(dir: string): { http?: number; sidecar?: number } {
	const file = join(dir, 'ports.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { http?: number; sidecar?: number }) : {};
}

/** True when `database` already holds a WordPress store (a persistent stack's earlier start). */
async function hasStore(db: MariaDb, prefix: string): Promise<boolean> {
	const found = await db.sql(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${DATABASE}' AND table_name = '${prefix}options';`);
	return found.trim() === '1';
}

/** Runs `tasks` together; rejects with the first failure only after all of them settled. */
async function settled<T extends unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
	const results = await Promise.allSettled(tasks);
	const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failure) throw failure.reason;
	return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
}

export async function startStack(options: StackOptions): Promise<Stack> {
	const dir = resolve(options.dir);
	const prefix = options.prefix ?? 'wp_';
	mkdirSync(dir, { recursive: true });
	const lock = acquireLock(dir);
	const stoppers: Array<() => Promise<void>> = [];
	// Newest first, so the sidecar stops before nginx, php-fpm and finally MariaDB.
	const track = async <S extends { stop(): Promise<void> }>(service: Promise<S>): Promise<S> => {
		const started = await service;
		stoppers.unshift(() => started.stop());
		return started;
	};
	const stop = async () => {
		for (const stopOne of stoppers.splice(0)) await stopOne().catch(() => undefined);
		lock.release();
	};
	const checkAbort = () => options.signal?.throwIfAborted();

	try {
		await reapStale([
			{ file: join(dir, 'mariadb', 'mysqld.pid'), marker: dir },
			{ file: join(dir, 'php-fpm.pid'), marker: dir },
			{ file: join(dir, 'nginx.pid'), marker: dir },
			{ file: join(dir, 'sidecar.pid'), marker: SIDECAR_ENTRY },
		]);
		for (const log of [...LOGS, 'mariadb/mariadb.log']) rmSync(join(dir, log), { force: true });
		const web = options.webServers ?? true;
		const persistent = options.persistent ?? false;
		const previous = persistent ? lastPorts(dir) : {};
		const [db, httpPort, sidecarPort, fpm] = await settled([
			track(startMariaDb(join(dir, 'mariadb'))),
			freePort(previous.http),
			freePort(previous.sidecar),
			web ? track(startPhpFpm(dir).then((f) => ({ ...f, stop: () => f.service.stop() }))) : Promise.resolve(undefined),
		] as const);
		checkAbort();
		const wpUrl = `http://127.0.0.1:${httpPort}`;
		const sidecarUrl = web ? `http://127.0.0.1:${sidecarPort}` : '';
		const keep = persistent && !options.reset && (await hasStore(db, prefix));
		if (!keep) await loadFixture(db, { database: DATABASE, prefix, siteUrl: wpUrl });
		if (persistent) writeFileSync(join(dir, 'ports.json'), JSON.stringify({ http: httpPort, sidecar: sidecarPort }));
		const site = { database: DATABASE, prefix, siteUrl: wpUrl, sidecarUrl: sidecarUrl || undefined, demoVendors: options.demoVendors ?? false };
		const [{ wpRoot, secret }] = await settled([
			installWordPress(dir, db, site, keep),
			fpm ? track(startNginx(dir, join(dir, 'wordpress'), httpPort, fpm.socket, sidecarUrl)) : Promise.resolve(undefined),
		] as const);
		checkAbort();
		if (web) {
			await track(startSidecar({ databaseUrl: db.url(DATABASE), prefix, port: sidecarPort, secret, logFile: join(dir, 'sidecar.log'), pidFile: join(dir, 'sidecar.pid') }));
		}
		const adminUrl = `${wpUrl}/wp-admin/`;
		lock.update({ wpUrl, adminUrl, sidecarUrl });
		return { wpUrl, adminUrl, sidecarUrl, secret, db, database: DATABASE, prefix, wpRoot, dir, stop };
	} catch (error) {
		await stop();
		const logs = tails(LOGS.map((log) => join(dir, log)));
		throw new Error(`${(error as Error).message}${logs ? `\n${logs}` : ''}`, { cause: error });
	}
}
