import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from './db';

interface OptionRow extends RowDataPacket {
	option_name: string;
	option_value: string;
}

/**
 * Reads WordPress options by name in one parameterized query; missing options are absent from the map.
 * `prefix` comes from the validated config (letters, digits, _), never from a request.
 */
export async function readOptions(pool: Db, prefix: string, names: readonly string[]): Promise<Map<string, string>> {
	const [rows] = await pool.query<OptionRow[]>(
		`SELECT option_name, option_value FROM \`${prefix}options\` WHERE option_name IN (${names.map(() => '?').join(',')})`,
		[...names],
	);
	return new Map(rows.map((row) => [row.option_name, row.option_value]));
}
