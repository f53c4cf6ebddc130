/**
 * A store that has never had Commerce Bridge, for the zip's install test: its own MariaDB holding the
 * fixture store with WooCommerce as the only active plugin, WordPress + WooCommerce from the release
 * archives on php-fpm and nginx, everything under `dir`. Nothing of this repository is mounted into it
 * but the stack's offline mu-plugin. The sidecar starts on demand, with the secret the plugin's
 * activation wrote. `stop()` stops what was started and removes `dir`.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from '../../stack/fixture';
import { startMariaDb, type MariaDb } from '../../stack/mariadb';
import { freePort } from '../../stack/ports';
import { startSidecar } from '../../stack/sidecar';
import { startNginx, startPhpFpm } from '../../stack/web';
import { assembleWordPress, REPO_ROOT, WOOCOMMERCE_PLUGIN, writeWpConfig } from '../../stack/wordpress';

export interface CleanStore {
	wpUrl: string;
	wpRoot: string;
	db: MariaDb;
	/** Starts the built sidecar for this store (after the plugin's activation wrote its secret). */
	startSidecar(): Promise<void>;
	stop(): Promise<void>;
}

const DATABASE = 'wordpress';
const PREFIX = 'wp_';

export async function startCleanStore(dir: string): Promise<CleanStore> {
	mkdirSync(dir, { recursive: true });
	const stoppers: Array<() => Promise<void>> = [];
	const stop = async () => {
		for (const stopOne of stoppers.splice(0)) await stopOne().catch(() => undefined);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		const db = await startMariaDb(join(dir, 'mariadb'));
		stoppers.unshift(() => db.stop());
		const [httpPort, sidecarPort] = [await freePort(), await freePort()];
		const wpUrl = `http://127.0.0.1:${httpPort}`;
		const sidecarUrl = `http://127.0.0.1:${sidecarPort}`;
		await loadFixture(db, { database: DATABASE, prefix: PREFIX, siteUrl: wpUrl });
		// The fixture also lists the official Belco and oct8ne plugins, which are not installed.
		await db.sql(`UPDATE ${PREFIX}options SET option_value = 'a:1:{i:0;s:${WOOCOMMERCE_PLUGIN.length}:"${WOOCOMMERCE_PLUGIN}";}' WHERE option_name = 'active_plugins';`, DATABASE);
		const wpRoot = await assembleWordPress(dir);
		writeWpConfig(wpRoot, dir, db, { database: DATABASE, prefix: PREFIX, siteUrl: wpUrl, sidecarUrl });
		mkdirSync(join(wpRoot, 'wp-content', 'mu-plugins'), { recursive: true });
		cpSync(join(REPO_ROOT, 'test', 'wordpress', 'mu-plugins', 'commerce-bridge-offline.php'), join(wpRoot, 'wp-content', 'mu-plugins', 'commerce-bridge-offline.php'));
		const fpm = await startPhpFpm(dir);
		stoppers.unshift(() => fpm.service.stop());
		const nginx = await startNginx(dir, wpRoot, httpPort, fpm.socket, sidecarUrl);
		stoppers.unshift(() => nginx.stop());
		const sidecar = async () => {
			const secret = (await db.sql(`SELECT option_value FROM ${PREFIX}options WHERE option_name = 'commerce_bridge_secret';`, DATABASE)).trim().split('\n').pop() ?? '';
			if (!secret) throw new Error('the plugin has not written commerce_bridge_secret: is it activated?');
			const service = await startSidecar({ databaseUrl: db.url(DATABASE), prefix: PREFIX, port: sidecarPort, secret, logFile: join(dir, 'sidecar.log'), pidFile: join(dir, 'sidecar.pid') });
			stoppers.unshift(() => service.stop());
		};
		return { wpUrl, wpRoot, db, startSidecar: sidecar, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
