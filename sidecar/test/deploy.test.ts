/**
 * The production artefacts of the sidecar agree with its configuration contract (src/lib/config-schema.ts):
 * the systemd unit's environment file names every variable, the Docker image runs the compiled server as
 * a non-root user, and its HEALTHCHECK command really tells a healthy sidecar from an absent one.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/stack/ports';
import { loadConfig } from '../src/lib/config';
import { configSchema } from '../src/lib/config-schema';
import { build, TEST_SECRET } from './helper';

const SIDECAR = join(__dirname, '..');
const read = (path: string) => readFileSync(join(SIDECAR, path), 'utf8');

function envFile(text: string): Record<string, string> {
	const entries = text.split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]);
	return Object.fromEntries(entries);
}

describe('systemd unit', () => {
	const unit = read('deploy/commerce-bridge-sidecar.service');
	const example = envFile(read('deploy/sidecar.env.example'));

	it('has an environment file with every variable the sidecar reads', () => {
		expect(Object.keys(example).sort()).toEqual(Object.keys(configSchema.in.shape).sort());
	});

	it('refuses to start on the example as it is, and starts once the secret is filled in', () => {
		expect(() => loadConfig(example)).toThrow(/BRIDGE_SECRET/);
		expect(loadConfig({ ...example, BRIDGE_SECRET: TEST_SECRET })).toMatchObject({ host: '127.0.0.1', port: 8787, tablePrefix: 'wp_', replicas: { urls: [] } });
	});

	it('runs the compiled server as its own user with that file', () => {
		expect(unit).toMatch(/^User=commerce-bridge$/m);
		expect(unit).toMatch(/^EnvironmentFile=\/etc\/commerce-bridge\/sidecar\.env$/m);
		expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node sidecar\/dist\/server\.js$/m);
		expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
	});
});

describe('Docker image', () => {
	const dockerfile = read('Dockerfile');
	const healthcheck = /^HEALTHCHECK .*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile)?.[1];

	it('runs the compiled server as the unprivileged node user', () => {
		expect(dockerfile).toMatch(/^USER node$/m);
		expect(dockerfile).toMatch(/^CMD \["node", "sidecar\/dist\/server\.js"\]$/m);
		// The vendors' settings contract is read at start from the plugin's manifests beside the sidecar.
		expect(dockerfile).toMatch(/^COPY plugin\/manifest plugin\/manifest$/m);
	});

	it('has a HEALTHCHECK that passes on a healthy sidecar and fails without one', async () => {
		const [command, ...args] = JSON.parse(healthcheck ?? '[]') as string[];
		expect(command).toBe('node');
		// Asynchronous: the sidecar answering it runs in this process.
		const check = (port: number) =>
			new Promise<number | null>((resolve) => {
				const child = execFile(process.execPath, args, { env: { ...process.env, PORT: String(port) }, timeout: 5000 });
				child.on('exit', (code) => resolve(code));
			});
		const app = await build();
		try {
			await app.listen({ host: '127.0.0.1', port: 0 });
			const address = app.server.address();
			expect(await check(typeof address === 'object' && address ? address.port : 0)).toBe(0);
		} finally {
			await app.close();
		}
		expect(await check(await freePort())).toBe(1);
	});
});
