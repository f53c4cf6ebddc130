import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { startMariaDb, type MariaDb } from '../../../test/stack/mariadb';
import { freePort } from '../../../test/stack/ports';
import { waitFor } from '../../../test/stack/processes';
import { SIDECAR_VERSION } from '../../src/lib/version';
import { build } from '../helper';
import { stackInfo } from '../stack';

describe('GET /health', () => {
	it('answers ok when the database is reachable', async () => {
		const app = await build();
		try {
			const response = await app.inject({ method: 'GET', url: '/health' });
			expect(response.statusCode).toBe(200);
			expect(response.json()).toEqual({ status: 'ok', db: 'ok', version: SIDECAR_VERSION });
			expect(SIDECAR_VERSION).toBe((JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version);
			expect(response.headers['cache-control']).toBe('no-store');
		} finally {
			await app.close();
		}
	});

	describe('with a database that is down at start and comes back', () => {
		let app: FastifyInstance;
		let late: MariaDb | undefined;
		afterAll(async () => {
			await app?.close();
			await late?.stop();
		});

		it('starts degraded within ~1 s, then recovers on its own', async () => {
			const port = await freePort();
			app = await build({ env: { DATABASE_URL: `mysql://bridge:bridge-local-pw@127.0.0.1:${port}/mysql` } });
			const started = Date.now();
			const down = await app.inject({ method: 'GET', url: '/health' });
			expect(Date.now() - started).toBeLessThan(1500);
			expect(down.statusCode).toBe(503);
			expect(down.json()).toEqual({ status: 'degraded', db: 'down', version: SIDECAR_VERSION });
			expect(down.headers['retry-after']).toBe('5');

			late = await startMariaDb(join(stackInfo().dir, `late-${process.pid}`), port);
			await waitFor('health to recover', async () => (await app.inject({ method: 'GET', url: '/health' })).statusCode === 200, 5000);
		});
	});
});
