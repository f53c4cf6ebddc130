import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMariaDb, type MariaDb } from './mariadb';

export interface ReplicatedMariaDb {
	/** Writes a binary log (server_id 1). */
	primary: MariaDb;
	/** Follows the primary by GTID (server_id 2). */
	replica: MariaDb;
	/** The replica's mariadbd process id (to freeze it with SIGSTOP). */
	replicaPid(): number;
	/** Resolves once the replica has applied everything the primary has logged so far. */
	caughtUp(timeoutSeconds?: number): Promise<void>;
	stop(): Promise<void>;
}

/**
 * Two private MariaDB servers under `dir` with real asynchronous replication: the primary logs row
 * events, the replica connects to it as the `bridge` user and applies them from the primary's current
 * GTID position on (what the primary logged while it was being set up stays out of the stream).
 */
export async function startReplicatedMariaDb(dir: string): Promise<ReplicatedMariaDb> {
	const [primary, replica] = await Promise.all([
		startMariaDb(join(dir, 'primary'), undefined, ['--server-id=1', `--log-bin=${join(dir, 'primary', 'binlog')}`, '--binlog-format=ROW']),
		startMariaDb(join(dir, 'replica'), undefined, ['--server-id=2', '--skip-slave-start']),
	]);
	const primaryPosition = async () => (await primary.sql('SELECT @@gtid_binlog_pos')).trim();
	try {
		await replica.sql(`STOP SLAVE; RESET SLAVE ALL; SET GLOBAL gtid_slave_pos = '${await primaryPosition()}';
CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = '${primary.user}',
  MASTER_PASSWORD = '${primary.password}', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1;
START SLAVE;`);
	} catch (error) {
		await Promise.all([primary.stop(), replica.stop()]);
		throw error;
	}
	return {
		primary,
		replica,
		replicaPid: () => Number(readFileSync(join(dir, 'replica', 'mysqld.pid'), 'utf8').trim()),
		async caughtUp(timeoutSeconds = 10) {
			const position = await primaryPosition();
			const waited = (await replica.sql(`SELECT MASTER_GTID_WAIT('${position}', ${timeoutSeconds})`)).trim();
			if (waited !== '0') throw new Error(`the replica did not reach ${position} within ${timeoutSeconds} s`);
		},
		stop: async () => void (await Promise.all([replica.stop(), primary.stop()])),
	};
}
