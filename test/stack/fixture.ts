import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import type { MariaDb } from './mariadb';

export const FIXTURE_SQL = join(__dirname, '..', 'fixtures', 'woocommerce-sample.sql');

export interface FixtureOptions {
	database: string;
	/** Table prefix to load the store under; the dump uses `wp_`. */
	prefix?: string;
	/** Site URL written to `siteurl` and `home` (the dump has http://127.0.0.1:8080). */
	siteUrl?: string;
	/** false switches the store to posts storage for orders (the dump has HPOS authoritative, sync on). */
	hpos?: boolean;
}

/** Rewrites every `wp_ table reference in the dump to the wanted prefix while streaming it. */
function prefixRewriter(prefix: string): Transform {
	let carry = '';
	return new Transform({
		transform(chunk: Buffer, _enc, done) {
			const text = carry + chunk.toString('utf8');
			// Keep a short tail so a "`wp_" split across chunks is still rewritten.
			carry = text.slice(-3);
			done(null, text.slice(0, -3).replaceAll('`wp_', '`' + prefix));
		},
		flush(done) {
			done(null, carry.replaceAll('`wp_', '`' + prefix));
		},
	});
}

/** Loads the real WooCommerce fixture into a fresh database, optionally under another table prefix. */
export async function loadFixture(db: MariaDb, options: FixtureOptions): Promise<void> {
	const prefix = options.prefix ?? 'wp_';
	if (!/^[A-Za-z0-9_]+$/.test(prefix) || !/^[A-Za-z0-9_]+$/.test(options.database)) throw new Error('invalid database or prefix name');
	await db.sql(`DROP DATABASE IF EXISTS \`${options.database}\`; CREATE DATABASE \`${options.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;`);
	await new Promise<void>((resolve, reject) => {
		const client = spawn('mariadb', ['--no-defaults', `--socket=${db.socket}`, '-uroot', options.database], { stdio: ['pipe', 'ignore', 'pipe'] });
		let err = '';
		client.stderr.on('data', (d) => (err += d));
		client.on('error', reject);
		client.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fixture load failed: ${err}`))));
		const source = createReadStream(FIXTURE_SQL);
		(prefix === 'wp_' ? source : source.pipe(prefixRewriter(prefix))).pipe(client.stdin);
	});
	const statements: string[] = [];
	if (prefix !== 'wp_') {
		// Prefix-bound keys that WordPress derives from $table_prefix.
		statements.push(
			`UPDATE \`${prefix}options\` SET option_name = '${prefix}user_roles' WHERE option_name = 'wp_user_roles';`,
			`UPDATE \`${prefix}usermeta\` SET meta_key = CONCAT('${prefix}', SUBSTRING(meta_key, 4)) WHERE meta_key LIKE 'wp\\_%';`,
		);
	}
	if (options.siteUrl) {
		statements.push(`UPDATE \`${prefix}options\` SET option_value = '${options.siteUrl.replaceAll("'", "''")}' WHERE option_name IN ('siteurl', 'home');`);
	}
	if (options.hpos === false) {
		statements.push(`UPDATE \`${prefix}options\` SET option_value = 'no' WHERE option_name = 'woocommerce_custom_orders_table_enabled';`);
	}
	if (statements.length) await db.sql(statements.join('\n'), options.database);
}
