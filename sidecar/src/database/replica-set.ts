import type { FastifyBaseLogger } from 'fastify';
import type { Pool } from 'mysql2/promise';
import { DatabaseUnavailable } from './database-gate';
import type { ReplicaHealth } from './replica-health';

type Queryable = Pick<Pool, 'query'>;

export interface Replica {
	/** host:port/database, never credentials (for log lines). */
	where: string;
	/** The replica's pool, behind its own database gate (a down replica fails fast with DatabaseUnavailable). */
	pool: Queryable;
	/** One health check; rejects when the server does not answer. */
	check(): Promise<ReplicaHealth>;
}

export interface ReplicaSetOptions {
	primary: Queryable;
	replicas: Replica[];
	/** How often a fit replica is checked; a replica that does not answer is retried after 1, 2, 4 … 30 times this. */
	checkMs: number;
	/** A check without an answer within this long counts as no answer. */
	checkTimeoutMs: number;
	log: FastifyBaseLogger;
	now?: () => number;
}

export interface ReplicaSet {
	/**
	 * Replica-first handle for repositories that only read and can live with the bounded lag: a plain
	 * SELECT/WITH/SHOW goes to a fit replica (round robin), anything else, and every read while no
	 * replica is fit, goes to the primary. A replica that fails a query is skipped and the query rerun
	 * on the primary (reads are safe to repeat).
	 */
	read: Queryable;
	/** Runs the checks that are due (on a timer of its own; tests may call it). */
	tick(): Promise<void>;
	close(): void;
}

interface State {
	replica: Replica;
	/** null until the first check answered or failed. */
	fit: boolean | null;
	failures: number;
	nextCheck: number;
	checking: boolean;
}

/** Statements that only read; a locking read (FOR UPDATE, LOCK IN SHARE MODE, FOR SHARE) belongs to the primary. */
export function isPlainRead(sql: string): boolean {
	return /^\s*\(*\s*(SELECT|WITH|SHOW)\b/i.test(sql) && !/\bFOR\s+(UPDATE|SHARE)\b|\bLOCK\s+IN\s+SHARE\s+MODE\b/i.test(sql);
}

const statement = (arg: unknown): string => (typeof arg === 'string' ? arg : String((arg as { sql?: unknown }).sql ?? ''));

async function bounded<T>(task: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
	try {
		return await Promise.race([task, late]);
	} finally {
		clearTimeout(timer);
	}
}

export function createReplicaSet(options: ReplicaSetOptions): ReplicaSet {
	const { primary, checkMs, checkTimeoutMs, log, now = Date.now } = options;
	const states: State[] = options.replicas.map((replica) => ({ replica, fit: null, failures: 0, nextCheck: 0, checking: false }));
	let turn = 0;

	function settle(state: State, health: ReplicaHealth, answered: boolean): void {
		const where = state.replica.where;
		if (health.fit) {
			if (state.fit !== true) log.info({ replica: where, lagSeconds: health.lagSeconds }, 'read replica in use');
			Object.assign(state, { fit: true, failures: 0, nextCheck: now() + checkMs });
			return;
		}
		if (state.fit !== false) log.warn({ replica: where, reason: health.reason }, 'read replica skipped: reads go to the other replicas or the primary');
		// A replica that answers (stopped replication, lag) is cheap to ask again; one that does not is asked ever less often.
		const failures = answered ? 0 : state.failures + 1;
		Object.assign(state, { fit: false, failures, nextCheck: now() + (answered ? checkMs : Math.min(2 ** (failures - 1), 30) * checkMs) });
	}

	async function check(state: State): Promise<void> {
		state.checking = true;
		try {
			settle(state, await bounded(state.replica.check(), checkTimeoutMs), true);
		} catch (error) {
			settle(state, { fit: false, reason: (error as Error).message }, false);
		} finally {
			state.checking = false;
		}
	}

	function pick(): State | undefined {
		const fit = states.filter((state) => state.fit === true);
		return fit.length === 0 ? undefined : fit[turn++ % fit.length];
	}

	async function route(args: Parameters<Pool['query']>): Promise<unknown> {
		const target = isPlainRead(statement(args[0])) ? pick() : undefined;
		if (!target) return primary.query(...args);
		try {
			return await target.replica.pool.query(...args);
		} catch (error) {
			if (!(error instanceof DatabaseUnavailable)) throw error;
			settle(target, { fit: false, reason: 'no answer to a query' }, false);
			return primary.query(...args);
		}
	}

	const tick = async () => {
		await Promise.all(states.filter((state) => !state.checking && now() >= state.nextCheck).map(check));
	};
	const timer = states.length > 0 ? setInterval(() => void tick(), checkMs) : undefined;
	timer?.unref();
	void tick();
	return {
		read: states.length === 0 ? primary : { query: ((...args: Parameters<Pool['query']>) => route(args)) as Pool['query'] },
		tick,
		close: () => clearInterval(timer),
	};
}
