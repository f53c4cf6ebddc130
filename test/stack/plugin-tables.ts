/**
 * The plugin's own tables as its installer makes them: plugin/manifest/tables.sql, the file
 * Install/Tables.php runs through dbDelta. The sidecar's tests and the fixture generator create the
 * tables from it, so they meet the real columns (no default the plugin does not give, for instance).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TABLES_SQL = join(__dirname, '..', '..', 'plugin', 'manifest', 'tables.sql');

/** WordPress's get_charset_collate() on the fixture's database. */
const CHARSET_COLLATE = 'DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci';

/** Each table's CREATE TABLE IF NOT EXISTS, by name. */
function statements(prefix: string): Map<string, string> {
	const sql = readFileSync(TABLES_SQL, 'utf8').replace(/^--.*\n/gm, '');
	const all = sql.split(/;\n/).map((statement) => statement.trim()).filter(Boolean);
	return new Map(all.map((statement) => {
		const name = /^CREATE TABLE \{prefix\}(\w+) \(/.exec(statement)?.[1];
		if (!name) throw new Error(`plugin/manifest/tables.sql: not a CREATE TABLE statement: ${statement.slice(0, 60)}`);
		const ddl = statement.replace('CREATE TABLE {prefix}', `CREATE TABLE IF NOT EXISTS \`${prefix}`).replace(' (', '` (').replace('{charset_collate}', CHARSET_COLLATE);
		return [name, ddl.replace(/;$/, '')];
	}));
}

/**
 * CREATE TABLE IF NOT EXISTS statements (joined by ";\n", no final ";") for the tables named.
 * @param prefix The site's table prefix.
 * @param tables The plugin's tables wanted, e.g. commerce_bridge_wishlist.
 */
export function pluginTableSql(prefix: string, ...tables: string[]): string {
	const all = statements(prefix);
	return tables.map((table) => {
		const ddl = all.get(table);
		if (!ddl) throw new Error(`plugin/manifest/tables.sql has no ${table}`);
		return ddl;
	}).join(';\n');
}
