import type { FastifyBaseLogger } from 'fastify';
import fp from 'fastify-plugin';
import { createConnection, createPool, type Pool } from 'mysql2/promise';
import { createDatabaseGate, type DatabaseGate } from './database-gate';
import { checkReplica } from './replica-health';
import { createReplicaSet, type Replica } from './replica-set';
import type { Config } from '../lib/config-schema';

export interface Database {
	/** The primary: every write, and every read that must see the latest writes (the default). */
	pool: Pool;
	/**
	 * Replica-first reads (replica-set.ts) for repositories that only read and can live with a few
	 * seconds of replication lag; the primary itself when no replica is configured or fit.
	 */
	read: Pick<Pool, 'query'>;
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

const where = (uri: string) => {
	const url = new URL(uri);
	return `${url.host}${url.pathname}`;
};

/**
 * One mysql2 pool. Connections are made lazily, so the sidecar starts while the database is down
 * and recovers on its own once it is back (a failed connection simply leaves the pool). Every query
 * passes the database gate (database-gate.ts): a down or hung server answers 503 within ~1.4 s.
 * - dateStrings: WordPress stores local and GMT datetimes side by side; strings avoid a silent timezone shift.
 * - supportBigNumbers (without bigNumberStrings): BIGINT ids stay numbers while safe, strings beyond 2^53.
 * - queueLimit: a bounded number of requests wait for a connection; beyond it they fail instead of piling up.
 */
function openPool(uri: string, log: FastifyBaseLogger, retryMs: number): Pool {
	const pool = createPool({
		uri, connectionLimit: 10, maxIdle: 10, idleTimeout: 60_000, queueLimit: 200, connectTimeout: PROBE_MS,
		enableKeepAlive: true, dateStrings: true, supportBigNumbers: true, charset: 'utf8mb4_unicode_520_ci',
	});
	// A connection that dies (server restart, network) emits 'error'; unhandled, that would crash the process.
	// The outage itself is logged once by the gate, so each connection's error is only a debug line.
	pool.on('connection', (connection) => {
		connection.on('error', (err: NodeJS.ErrnoException) => log.debug({ code: err.code }, 'mysql connection error'));
	});
	guard(pool, createDatabaseGate({ stallMs: STALL_MS, retryMs, probe: () => probe(uri), log, where: where(uri) }));
	return pool;
}

/**
 * A read replica: its own gated pool for queries, and one more connection for the health checks. Its
 * gate logs nothing: the replica set logs when a replica is skipped and when it is used again.
 */
function openReplica(uri: string, settings: Config['replicas'], log: FastifyBaseLogger): Replica & { end(): Promise<void> } {
	const pool = openPool(uri, log.child({}, { level: 'silent' }), settings.checkMs);
	// queueLimit 1: checks given up on while the replica hangs do not pile up behind its one connection.
	const monitor = createPool({ uri, connectionLimit: 1, maxIdle: 1, queueLimit: 1, connectTimeout: PROBE_MS, enableKeepAlive: true });
	monitor.on('connection', (connection) => connection.on('error', () => undefined));
	return {
		where: where(uri), pool,
		check: () => checkReplica(monitor, settings.maxLagSeconds, PROBE_MS),
		end: async () => void (await Promise.all([pool.end(), monitor.end()])),
	};
}

/** The primary pool, and the replica set in front of the read replicas (none by default). */
export default fp(
	async (fastify) => {
		const { databaseUrl, replicas: settings } = fastify.config;
		const pool = openPool(databaseUrl, fastify.log, RETRY_MS);
		const replicas = settings.urls.map((uri) => openReplica(uri, settings, fastify.log));
		const set = createReplicaSet({ primary: pool, replicas, checkMs: settings.checkMs, checkTimeoutMs: 2 * PROBE_MS, log: fastify.log });
		fastify.decorate('mysql', { pool, read: set.read, ping: (timeoutMs = 1000) => ping(pool, timeoutMs) });
		fastify.addHook('onClose', async () => {
			set.close();
			await Promise.all([pool.end(), ...replicas.map((replica) => replica.end())]);
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
