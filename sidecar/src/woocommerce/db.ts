import type { Pool, RowDataPacket } from 'mysql2/promise';

/**
 * The part of a mysql2 pool the repositories use (`query` formats `IN (?)` lists safely). A repository
 * states its intent by the handle it is given (database/mysql.ts): `fastify.mysql.pool`, the primary, for
 * anything that writes or must read what was just written (sessions, the wishlist); `fastify.mysql.read`,
 * replica-first, for reads that may lag a few seconds. Only plain SELECTs ever leave the primary.
 */
export type Db = Pick<Pool, 'query'>;

/** Rows of a parameterized statement, typed by the caller (columns are aliased to T's keys). */
export async function rows<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
	const [result] = await db.query<RowDataPacket[]>(sql, params);
	return result as unknown as T[];
}

const ISO_UTC = "'%Y-%m-%dT%H:%i:%sZ'";

/** SQL that turns a UTC DATETIME column into ISO 8601 text, NULL for WordPress's zero date. */
export function isoDate(column: string): string {
	return `IF(${column} IS NULL OR ${column} < '1970-01-02', NULL, DATE_FORMAT(${column}, ${ISO_UTC}))`;
}
