import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStore } from '../fixtures/generator';
import { startMariaDb } from '../stack/mariadb';
import { freePort } from '../stack/ports';
import { startSidecar } from '../stack/sidecar';

export interface StoreSize {
	products: number;
	orders: number;
	/** Generator seed (default 1). */
	seed?: number;
}

export interface GeneratedSidecar {
	sidecarUrl: string;
	/** The sidecar's log (what it says about itself, e.g. its search index's size). */
	logFile: string;
	/** BRIDGE_SECRET the sidecar was started with (sign requests with signed.ts). */
	secret: string;
	databaseUrl: string;
	prefix: string;
	stop(): Promise<void>;
}

const DATABASE = 'woo_generated';
const PREFIX = 'wp_';
const REPO_ROOT = join(__dirname, '..', '..');

/**
 * A sidecar on a generated store under `.stack/bench-<products>x<orders>-s<seed>/`. The store is generated
 * once (minutes for 100k products) and reused while `generated.json` records the same size and seed.
 */
export async function withGeneratedStore(size: StoreSize, log: (line: string) => void): Promise<GeneratedSidecar> {
	const seed = size.seed ?? 1;
	const dir = join(REPO_ROOT, '.stack', `bench-${size.products}x${size.orders}-s${seed}`);
	const marker = join(dir, 'generated.json');
	const wanted = JSON.stringify({ products: size.products, orders: size.orders, seed, prefix: PREFIX });
	if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
		log(`  generating store ${size.products} products / ${size.orders} orders in ${dir}`);
		const store = await generateStore({
			products: size.products, orders: size.orders, customers: Math.ceil(size.products / 10), seed, prefix: PREFIX, database: DATABASE,
			dir, verify: false, log: (line) => log(`    ${line}`),
		});
		await store.stop();
		writeFileSync(marker, wanted);
	}
	const db = await startMariaDb(join(dir, 'db'));
	try {
		const secret = randomBytes(32).toString('hex');
		const port = await freePort();
		const logFile = join(dir, 'sidecar.log');
		const sidecar = await startSidecar({ databaseUrl: db.url(DATABASE), prefix: PREFIX, port, secret, logFile, pidFile: join(dir, 'sidecar.pid') });
		return {
			sidecarUrl: `http://127.0.0.1:${port}`, logFile, secret, databaseUrl: db.url(DATABASE), prefix: PREFIX,
			stop: async () => {
				await sidecar.stop();
				await db.stop();
			},
		};
	} catch (error) {
		await db.stop();
		throw error;
	}
}
