import type { FastifyBaseLogger } from 'fastify';

/** Thrown instead of a query's result while the database is down or hung; answered 503 with Retry-After. */
export class DatabaseUnavailable extends Error {
	readonly statusCode = 503;
	readonly code = 'DB_UNAVAILABLE';
	constructor(readonly retryAfterSeconds: number) {
		super('the shop database is unavailable; retry shortly');
	}
}

export interface DatabaseGateOptions {
	/** A query without an answer for this long, while no other query is answered, makes the gate probe the server. */
	stallMs: number;
	/** While the database is down, how often a request may probe it (and the Retry-After given). */
	retryMs: number;
	/** Whether the server answers at all, on a connection of its own; resolves within the probe's own deadline. */
	probe(): Promise<boolean>;
	log: FastifyBaseLogger;
	/** Where the database is (host:port/db, never credentials), for the outage log line. */
	where: string;
	now?: () => number;
}

export interface DatabaseGate {
	/** Runs a query unless the database is known to be down; turns an outage into DatabaseUnavailable. */
	run<T>(query: () => Promise<T>): Promise<T>;
}

/** mysql2 marks connection-level failures `fatal`; these codes mean the same when it does not. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE',
	'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN']);

/** Duck-typed: errors from Node's sockets need not share this module's `Error` (another realm under jest). */
/** mysql2's pool refuses beyond its queueLimit with this message (no code): overload, answered 503 without an outage. */
const isQueueFull = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { message?: unknown }).message === 'Queue limit reached.';

const isOutage = (error: unknown): error is { code?: string; message: string } =>
	typeof error === 'object' && error !== null && ((error as { fatal?: unknown }).fatal === true || OUTAGE_CODES.has(String((error as { code?: unknown }).code)));

/**
 * A circuit breaker in front of the pool. An outage (refused or lost connections, or a query that
 * stalls while a fresh connection cannot even run `SELECT 1`) opens it: one log line, then every
 * query fails at once with DatabaseUnavailable instead of waiting for the pool. Every `retryMs` one
 * request probes the server; the first probe that succeeds closes it again (one more log line).
 * A slow query on a live server is left alone: only a server that does not answer trips the gate.
 */
export function createDatabaseGate(options: DatabaseGateOptions): DatabaseGate {
	const { stallMs, retryMs, log, where, now = Date.now } = options;
	const retryAfter = Math.ceil(retryMs / 1000);
	let down: { since: number; refused: number } | null = null;
	let probing: Promise<boolean> | null = null;
	let lastProbe = 0;
	// A busy server still answers some query every now and then; a hung one answers none.
	let lastAnswer = now();

	const probeOnce = () => (probing ??= options.probe().catch(() => false).then((alive) => {
		probing = null;
		lastProbe = now();
		if (alive) lastAnswer = lastProbe;
		return alive;
	}));
	const refuse = () => {
		if (down) down.refused += 1;
		return new DatabaseUnavailable(retryAfter);
	};
	function trip(cause: { code?: string; message: string }): void {
		if (down) return;
		down = { since: now(), refused: 0 };
		log.error({ database: where, code: cause.code, reason: cause.message, retryAfterSeconds: retryAfter }, 'database unavailable: answering 503 until it is back');
	}
	async function admit(): Promise<void> {
		if (!down) return;
		if (probing || now() - lastProbe < retryMs || !(await probeOnce())) throw refuse();
		if (!down) return;
		log.info({ database: where, downForMs: now() - down.since, refused: down.refused }, 'database reachable again');
		down = null;
	}
	/**
	 * Rejects when the query has stalled for `stallMs`, no other query was answered meanwhile and the
	 * server does not answer a probe either. While other answers arrive, the server is only busy: wait on.
	 */
	function stallWatch(): { stalled: Promise<never>; cancel(): void } {
		let timer: NodeJS.Timeout | undefined;
		const stalled = new Promise<never>((_resolve, reject) => {
			const check = () => {
				const quietFor = now() - lastAnswer;
				if (quietFor < stallMs) timer = setTimeout(check, stallMs - quietFor);
				else void probeOnce().then((alive) => (alive ? check() : reject(Object.assign(new Error(`no answer within ${stallMs} ms`), { code: 'ETIMEDOUT' }))));
			};
			timer = setTimeout(check, stallMs);
		});
		return { stalled, cancel: () => clearTimeout(timer) };
	}
	return {
		async run(query) {
			await admit();
			const watch = stallWatch();
			try {
				const result = await Promise.race([query(), watch.stalled]);
				lastAnswer = now();
				return result;
			} catch (error) {
				if (isQueueFull(error)) throw new DatabaseUnavailable(retryAfter);
				if (!isOutage(error)) {
					lastAnswer = now(); // an SQL error is an answer too
					throw error;
				}
				trip(error);
				throw refuse();
			} finally {
				watch.cancel();
			}
		},
	};
}
