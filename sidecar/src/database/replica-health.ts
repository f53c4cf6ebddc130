import type { RowDataPacket } from 'mysql2/promise';

/** What one check of a read replica found: fit for reads, or why not. */
export type ReplicaHealth = { fit: true; lagSeconds: number } | { fit: false; reason: string };

/** The part of a mysql2 connection or pool a check needs. */
export interface StatusSource {
	query<T extends RowDataPacket[]>(options: { sql: string; timeout: number }): Promise<[T, unknown]>;
}

/** MySQL 8.0.22+ renamed the columns (Replica_*, *_Source); MariaDB kept Slave_* and *_Master. */
function column(row: RowDataPacket, names: string[]): unknown {
	for (const name of names) if (name in row) return row[name];
	return undefined;
}

/**
 * Fit when both replication threads run and the replica is at most `maxLagSeconds` behind.
 * Seconds_Behind_Master is NULL when a thread is stopped or the replica is not connected to its primary.
 */
export function judgeReplicaStatus(rows: RowDataPacket[], maxLagSeconds: number): ReplicaHealth {
	const row = rows[0];
	if (!row) return { fit: false, reason: 'not a replica (SHOW REPLICA STATUS is empty)' };
	const io = column(row, ['Slave_IO_Running', 'Replica_IO_Running']);
	const sql = column(row, ['Slave_SQL_Running', 'Replica_SQL_Running']);
	if (io !== 'Yes' || sql !== 'Yes') return { fit: false, reason: `replication not running (IO ${String(io)}, SQL ${String(sql)})` };
	const lag = column(row, ['Seconds_Behind_Master', 'Seconds_Behind_Source']);
	if (lag === null || lag === undefined) return { fit: false, reason: 'replication lag unknown' };
	const lagSeconds = Number(lag);
	if (lagSeconds > maxLagSeconds) return { fit: false, reason: `${lagSeconds} s behind its primary (bound ${maxLagSeconds} s)` };
	return { fit: true, lagSeconds };
}

const syntaxError = (error: unknown) => (error as { code?: string }).code === 'ER_PARSE_ERROR';

/**
 * Asks the replica how replication is doing (the sidecar's user needs the SLAVE MONITOR privilege on
 * MariaDB, REPLICATION CLIENT on MySQL). Rejects when the server does not answer within `timeoutMs`.
 */
export async function checkReplica(source: StatusSource, maxLagSeconds: number, timeoutMs: number): Promise<ReplicaHealth> {
	const ask = (sql: string) => source.query<RowDataPacket[]>({ sql, timeout: timeoutMs });
	// MariaDB ≥ 10.5 and MySQL ≥ 8.0.22 know SHOW REPLICA STATUS; older servers only the SLAVE spelling.
	const [rows] = await ask('SHOW REPLICA STATUS').catch((error: unknown) => {
		if (syntaxError(error)) return ask('SHOW SLAVE STATUS');
		throw error;
	});
	return judgeReplicaStatus(rows, maxLagSeconds);
}
