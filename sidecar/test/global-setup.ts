/**
 * Starts one private MariaDB for this jest run and loads the fixture twice (HPOS and posts storage), with
 * oct8ne and Bambuser switched on (a switched-off vendor has no routes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from '../../test/stack/fixture';
import { startMariaDb } from '../../test/stack/mariadb';
import { HPOS_DATABASE, POSTS_DATABASE, sharedVendorSettingsSql, STACK_ENV, STACK_ROOT, TEST_PREFIX, type StackInfo } from './stack';

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/** Removes what an aborted earlier run left behind (its jest pid is gone), stopping its mariadbd. */
function removeLeftovers(): void {
	if (!existsSync(STACK_ROOT)) return;
	for (const entry of readdirSync(STACK_ROOT)) {
		const owner = /^run-(\d+)$/.exec(entry);
		if (!owner || isAlive(Number(owner[1]))) continue;
		const pidFile = join(STACK_ROOT, entry, 'mariadb', 'mysqld.pid');
		const serverPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
		if (serverPid > 0 && isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
		rmSync(join(STACK_ROOT, entry), { recursive: true, force: true });
	}
}

export default async function globalSetup(): Promise<void> {
	removeLeftovers();
	const dir = join(STACK_ROOT, `run-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const db = await startMariaDb(join(dir, 'mariadb'));
	(globalThis as { sidecarTestDb?: typeof db }).sidecarTestDb = db;
	await Promise.all([
		loadFixture(db, { database: HPOS_DATABASE, prefix: TEST_PREFIX }),
		loadFixture(db, { database: POSTS_DATABASE, prefix: TEST_PREFIX, hpos: false }),
	]);
	await Promise.all([HPOS_DATABASE, POSTS_DATABASE].map((database) => db.sql(sharedVendorSettingsSql(), database)));
	const info: StackInfo = { dir, port: db.port, socket: db.socket, user: db.user, password: db.password };
	const file = join(dir, 'stack.json');
	writeFileSync(file, JSON.stringify(info));
	// Workers are forked after global setup and inherit this environment.
	process.env[STACK_ENV] = file;
}
