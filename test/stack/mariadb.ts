import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tail } from './logs';
import { freePort } from './ports';
import { run, startService, waitFor, type Service } from './processes';

export interface MariaDb {
	host: string;
	port: number;
	socket: string;
	user: string;
	password: string;
	/** mysql://user:pass@127.0.0.1:port/<database> */
	url(database: string): string;
	/** Runs SQL through the mariadb client (as root over the socket). */
	sql(statements: string, database?: string): Promise<string>;
	stop(): Promise<void>;
}

const USER = 'bridge';
const PASSWORD = 'bridge-local-pw';

/**
 * Starts a private MariaDB server on a free port with its own data directory under `dir`.
 * The directory is initialised on first use and reused afterwards. `serverArgs` are appended to the
 * default options (later options win), e.g. bulk-load tuning for a generator's own server.
 */
export async function startMariaDb(dir: string, port?: number, serverArgs: readonly string[] = []): Promise<MariaDb> {
	const dataDir = join(dir, 'data');
	const socket = join(dir, 'mysqld.sock');
	// A private tmpdir: servers sharing /tmp can lose each other's temporary tables to /tmp cleaners.
	const tmpDir = join(dir, 'tmp');
	mkdirSync(tmpDir, { recursive: true });
	const fresh = !existsSync(join(dataDir, 'mysql'));
	if (fresh) {
		await run('mariadb-install-db', ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root', `--tmpdir=${tmpDir}`]);
	}
	const chosenPort = port ?? (await freePort());
	const service: Service = startService('mariadb', 'mariadbd', [
		'--no-defaults', `--datadir=${dataDir}`, `--socket=${socket}`, `--port=${chosenPort}`,
		'--bind-address=127.0.0.1', `--pid-file=${join(dir, 'mysqld.pid')}`, `--tmpdir=${tmpDir}`, '--skip-log-bin', '--user=root',
		'--innodb-flush-log-at-trx-commit=0', '--innodb-buffer-pool-size=512M', '--max-connections=500',
		'--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_520_ci', ...serverArgs,
	], join(dir, 'mariadb.log'));
	const sql = (statements: string, database?: string) =>
		run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '--batch', '--skip-column-names', ...(database ? [database] : [])], { input: statements });
	try {
		await waitFor('MariaDB', async () => (await sql('SELECT 1')).trim() === '1', 30000, service);
		if (fresh) {
			await sql(`CREATE USER '${USER}'@'%' IDENTIFIED BY '${PASSWORD}'; CREATE USER '${USER}'@'localhost' IDENTIFIED BY '${PASSWORD}';
GRANT ALL ON *.* TO '${USER}'@'%'; GRANT ALL ON *.* TO '${USER}'@'localhost'; FLUSH PRIVILEGES;`);
		}
	} catch (error) {
		await service.stop();
		throw new Error(`${(error as Error).message}\n${tail(join(dir, 'mariadb.log'))}`);
	}
	return {
		host: '127.0.0.1',
		port: chosenPort,
		socket,
		user: USER,
		password: PASSWORD,
		url: (database) => `mysql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`,
		sql,
		stop: () => service.stop(),
	};
}
