import fp from 'fastify-plugin';
import { createConnection, createPool, type Pool } from 'mysql2/promise';
import { createDatabaseGate, type DatabaseGate } from '../lib/database-gate';

export interface Database {
	pool: Pool;
	/** true when `SELECT 1` answers within `timeoutMs`; never throws. */
	ping(timeoutMs?: number): Promise<boolean>;
}

declare module 'fastify' {
	interface FastifyInstance {
		mysql: Database;
	}
}

/**
 * After the server stops answering, a query is answered 503 within STALL_MS + PROBE_MS (1.4 s): the silence
 * is noticed after STALL_MS, the probe gives up after PROBE_MS.
 */
export const STALL_MS = 500;
export const PROBE_MS = 900;
export const RETRY_MS = 2000;

/**
 * The one mysql2 pool. Connections are made lazily, so the sidecar starts while the database is down
 * and recovers on its own once it is back (a failed connection simply leaves the pool). Every query
 * passes the database gate (lib/database-gate.ts): a down or hung server answers 503 within ~1.4 s.
 * - dateStrings: WordPress stores local and GMT datetimes side by side; strings avoid a silent timezone shift.
 * - supportBigNumbers (without bigNumberStrings): BIGINT ids stay numbers while safe, strings beyond 2^53.
 * - queueLimit: a bounded number of requests wait for a connection; beyond it they fail instead of piling up.
 */
export default fp(
	async (fastify) => {
		const uri = fastify.config.databaseUrl;
		const pool = createPool({
			uri, connectionLimit: 10, maxIdle: 10, idleTimeout: 60_000, queueLimit: 200, connectTimeout: PROBE_MS,
			enableKeepAlive: true, dateStrings: true, supportBigNumbers: true, charset: 'utf8mb4_unicode_520_ci',
		});
		// A connection that dies (server restart, network) emits 'error'; unhandled, that would crash the process.
		// The outage itself is logged once by the gate, so each connection's error is only a debug line.
		pool.on('connection', (connection) => {
			connection.on('error', (err: NodeJS.ErrnoException) => fastify.log.debug({ code: err.code }, 'mysql connection error'));
		});
		const url = new URL(uri);
		guard(pool, createDatabaseGate({
			stallMs: STALL_MS, retryMs: RETRY_MS, probe: () => probe(uri), log: fastify.log, where: `${url.host}${url.pathname}`,
		}));
		fastify.decorate('mysql', { pool, ping: (timeoutMs = 1000) => ping(pool, timeoutMs) });
		fastify.addHook('onClose', async () => {
			await pool.end();
		});
	},
	{ name: 'mysql', dependencies: ['config'] },
);

/** Routes the pool's two query methods (all the repositories use) through the gate. */
function guard(pool: Pool, gate: DatabaseGate): void {
	const query = pool.query.bind(pool);
	const execute = pool.execute.bind(pool);
	pool.query = ((...args: Parameters<typeof query>) => gate.run(() => query(...args))) as Pool['query'];
	pool.execute = ((...args: Parameters<typeof execute>) => gate.run(() => execute(...args))) as Pool['execute'];
}

/** `SELECT 1` on a fresh connection of its own (the pool's may all be busy), within PROBE_MS all told. */
async function probe(uri: string): Promise<boolean> {
	const connecting = createConnection({ uri, connectTimeout: PROBE_MS });
	const answered = connecting.then(async (connection) => {
		try {
			await connection.query({ sql: 'SELECT 1', timeout: PROBE_MS });
			return true;
		} finally {
			connection.destroy();
		}
	});
	return withTimeout(answered, PROBE_MS).finally(() => void connecting.then((c) => c.destroy(), () => undefined));
}

async function ping(pool: Pool, timeoutMs: number): Promise<boolean> {
	return withTimeout(pool.query({ sql: 'SELECT 1', timeout: timeoutMs }).then(() => true), timeoutMs);
}

/** false when `task` fails or takes longer than `timeoutMs`; a late outcome is ignored (never an unhandled rejection). */
async function withTimeout(task: Promise<boolean>, timeoutMs: number): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, timeoutMs, false)));
	try {
		return await Promise.race([task.catch(() => false), timeout]);
	} finally {
		clearTimeout(timer);
	}
}
