import fp from 'fastify-plugin';
import { createPool, type Pool } from 'mysql2/promise';

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
 * The one mysql2 pool. Connections are made lazily, so the sidecar starts while the database is down
 * and recovers on its own once it is back (a failed connection simply leaves the pool).
 * - dateStrings: WordPress stores local and GMT datetimes side by side; strings avoid a silent timezone shift.
 * - supportBigNumbers (without bigNumberStrings): BIGINT ids stay numbers while safe, strings beyond 2^53.
 */
export default fp(
	async (fastify) => {
		const pool = createPool({
			uri: fastify.config.databaseUrl,
			connectionLimit: 10,
			maxIdle: 10,
			idleTimeout: 60_000,
			connectTimeout: 3_000,
			enableKeepAlive: true,
			dateStrings: true,
			supportBigNumbers: true,
			charset: 'utf8mb4_unicode_520_ci',
		});
		// A connection that dies (server restart, network) emits 'error'; unhandled, that would crash the process.
		pool.on('connection', (connection) => {
			connection.on('error', (err: NodeJS.ErrnoException) => fastify.log.warn({ code: err.code }, 'mysql connection error'));
		});
		fastify.decorate('mysql', { pool, ping: (timeoutMs = 1000) => ping(pool, timeoutMs) });
		fastify.addHook('onClose', async () => {
			await pool.end();
		});
	},
	{ name: 'mysql', dependencies: ['config'] },
);

async function ping(pool: Pool, timeoutMs: number): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, timeoutMs, false)));
	// The query keeps running after a timeout; its outcome is then ignored (never an unhandled rejection).
	const query = pool.query({ sql: 'SELECT 1', timeout: timeoutMs }).then(
		() => true,
		() => false,
	);
	try {
		return await Promise.race([query, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
