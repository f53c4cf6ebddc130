import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../stack/ports';
import { startService, waitFor, type Service } from '../../stack/processes';
import { renderServerConfig } from '../../stack/server-config';
import { startNginx } from '../../stack/web';

/*
 * The shipped direct-path configs on short-lived web servers in front of this run's sidecar: Apache 2.4
 * with plugin/server-config/apache.conf, Caddy 2 with plugin/server-config/Caddyfile, and the stack's own
 * nginx (test/stack/web.ts, which includes plugin/server-config/nginx.conf) in front of a sidecar that is
 * down. Nothing behind them but the sidecar: a path the config does not send there answers 404.
 */

const MODULES = '/usr/lib/apache2/modules';
const PRODUCT_INFO = '/oct8ne/frame/productInfo?productIds=14,57';

function sidecarUrl(): string {
	const url = process.env.SIDECAR_URL;
	if (!url) throw new Error('SIDECAR_URL is set by the global set-up (or by the caller of a real-store run)');
	return url;
}

/** Apache in the foreground (one process, -X) on `port`, with the shipped config rendered into its virtual host. */
async function startApache(dir: string, port: number): Promise<Service> {
	const direct = join(dir, 'direct-path.conf');
	writeFileSync(direct, renderServerConfig('apache', { sidecarUrl: sidecarUrl() }));
	const modules = ['mpm_event', 'authz_core', 'proxy', 'proxy_http', 'headers'].map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`);
	writeFileSync(join(dir, 'apache.conf'), [
		`ServerRoot ${dir}`, `DefaultRuntimeDir ${dir}`, `PidFile ${join(dir, 'apache.pid')}`, `ErrorLog ${join(dir, 'error.log')}`,
		`Listen 127.0.0.1:${port}`, 'ServerName 127.0.0.1', ...modules,
		`<VirtualHost 127.0.0.1:${port}>`, `\tInclude ${direct}`, '</VirtualHost>', '',
	].join('\n'));
	const service = startService('apache2', '/usr/sbin/apache2', ['-X', '-f', join(dir, 'apache.conf')], join(dir, 'apache.out.log'));
	await waitFor('apache2', async () => (await fetch(`http://127.0.0.1:${port}/`)).status > 0, 10_000, service);
	return service;
}

/** Caddy in the foreground on `port`, the shipped config imported into the site block; no admin API, no HTTPS. */
async function startCaddy(dir: string, port: number): Promise<Service> {
	const direct = join(dir, 'direct-path.caddy');
	writeFileSync(direct, renderServerConfig('caddy', { sidecarUrl: sidecarUrl() }));
	const conf = join(dir, 'Caddyfile');
	writeFileSync(conf, `{\n\tadmin off\n\tauto_https off\n}\nhttp://127.0.0.1:${port} {\n\timport ${direct}\n\trespond 404\n}\n`);
	const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
	const service = startService('caddy', 'caddy', ['run', '--config', conf, '--adapter', 'caddyfile'], join(dir, 'caddy.log'), { env });
	await waitFor('caddy', async () => (await fetch(`http://127.0.0.1:${port}/`)).status > 0, 10_000, service);
	return service;
}

const SERVERS = [{ name: 'Apache', start: startApache }, { name: 'Caddy', start: startCaddy }];

for (const server of SERVERS) test.describe(`the shipped ${server.name} config`, () => {
	let dir: string;
	let running: Service | undefined;
	let base: string;
	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), `commerce-bridge-${server.name.toLowerCase()}-`));
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		running = await server.start(dir, port);
	});
	test.afterAll(async () => {
		await running?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('sends an identity-free call, query string and all, to the sidecar, which marks it direct', async ({ request }) => {
		const through = await request.get(`${base}${PRODUCT_INFO.replace('productInfo', 'PRODUCTINFO')}`, { headers: { cookie: 'wordpress_logged_in_x=1' } });
		expect(through.status()).toBe(200);
		expect(through.headers()['x-commerce-bridge-direct']).toBe('1');
		expect(await through.json()).toEqual(await (await request.get(`${sidecarUrl()}${PRODUCT_INFO}`)).json());
	});

	test('keeps identity-bound calls for WordPress (here: nothing behind the server answers them)', async ({ request }) => {
		for (const path of ['/oct8ne/frame/getCart', '/oct8ne/frame/customerData', '/commerce-bridge/core/identity', '/commerce-bridge/bambuser/cart']) {
			const response = await request.get(`${base}${path}`);
			expect([path, response.status(), response.headers()['x-commerce-bridge-direct']]).toEqual([path, 404, undefined]);
		}
	});
});

test('the stack\'s nginx answers a JSON 503 with Retry-After while the sidecar is down, and keeps other paths for PHP', async ({ request }) => {
	const dir = mkdtempSync(join(tmpdir(), 'commerce-bridge-nginx-'));
	// nginx workers run as nobody: they must read the site's files.
	chmodSync(dir, 0o755);
	const root = join(dir, 'wordpress');
	mkdirSync(join(root, 'wp-includes', 'images'), { recursive: true });
	writeFileSync(join(root, 'wp-includes', 'images', 'blank.gif'), 'GIF89a');
	const [port, closed] = [await freePort(), await freePort()];
	const nginx = await startNginx(dir, root, port, join(dir, 'no-php.sock'), `http://127.0.0.1:${closed}`);
	try {
		const down = await request.get(`http://127.0.0.1:${port}${PRODUCT_INFO}`);
		expect([down.status(), await down.json()]).toEqual([503, { error: 'sidecar_unavailable' }]);
		expect(down.headers()['retry-after']).toBe('5');
		expect(down.headers()['cache-control']).toBe('no-store');
		// Handed to WordPress's index.php (absent here: 404), not to the sidecar.
		const bound = await request.get(`http://127.0.0.1:${port}/oct8ne/frame/getCart`);
		expect([bound.status(), bound.headers()['x-commerce-bridge-direct']]).toEqual([404, undefined]);
	} finally {
		await nginx.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
