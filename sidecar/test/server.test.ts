import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../test/stack/ports';
import { waitFor } from '../../test/stack/processes';
import { testEnv } from './helper';

const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const SERVER = join(__dirname, '..', 'src', 'server.ts');

function startServer(env: Record<string, string>) {
	const child = spawn(TSX, [SERVER], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, exited, output: () => output };
}

describe('server.ts', () => {
	it('prints every configuration problem and exits 1', async () => {
		const server = startServer({ WP_TABLE_PREFIX: 'wp-', PORT: 'eighty', BRIDGE_SECRET: 'short' });
		expect(await server.exited).toBe(1);
		expect(server.output()).toContain('DATABASE_URL: is required');
		expect(server.output()).toContain('WP_TABLE_PREFIX: must contain only letters, digits and _');
		expect(server.output()).toContain('PORT: must be a port number');
		expect(server.output()).toContain('BRIDGE_SECRET: must be at least 32 characters');
		expect(server.output()).not.toContain('short');
	});

	it('serves, then closes cleanly on SIGTERM', async () => {
		const port = await freePort();
		const server = startServer({ ...testEnv({ LOG_LEVEL: 'info' }), HOST: '127.0.0.1', PORT: String(port) });
		try {
			await waitFor('sidecar', async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200, 15000);
			server.child.kill('SIGTERM');
			expect(await server.exited).toBe(0);
			expect(server.output()).toContain('shutting down');
		} finally {
			server.child.kill('SIGKILL');
		}
	});
});
