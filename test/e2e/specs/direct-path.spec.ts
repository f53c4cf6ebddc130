import { request as httpRequest } from 'node:http';
import { adminState, expect, test } from '../support/wordpress';
import { renderServerConfig, SERVER_CONFIG_FILES } from '../../stack/server-config';

/*
 * The direct path on the store's own URL: nginx (the stack includes plugin/server-config/nginx.conf as
 * shipped) sends identity-free vendor calls straight to the sidecar, and everything that needs the
 * shopper still through WordPress. The sidecar marks what reached it that way with X-Commerce-Bridge-Direct,
 * a header WordPress's proxy never passes on in either direction.
 */

const DIRECT = 'x-commerce-bridge-direct';
/** The PHP proxy names the way it answered (early or late); a direct answer never passed through it. */
const PHP_PATH = 'x-commerce-bridge-path';
const IDENTITY_FREE = ['/oct8ne/frame/productInfo?productIds=14,57,102,11,76', '/oct8ne/frame/search?search=hoodie&pageSize=10', '/commerce-bridge/bambuser/products?ids=102'];

function sidecarUrl(): string {
	const url = process.env.SIDECAR_URL;
	if (!url) throw new Error('SIDECAR_URL is set by the global set-up (or by the caller of a real-store run)');
	return url;
}

/** A GET from a chosen loopback source address (each one is a different client to nginx and the sidecar). */
function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { localAddress, headers: { ...headers, connection: 'close' } }, (res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

for (const path of IDENTITY_FREE) {
	test(`${path.split('?')[0]} through the store's URL is answered by the sidecar directly, as the sidecar answers it`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		expect(response.headers()[DIRECT]).toBe('1');
		expect(response.headers()[PHP_PATH]).toBeUndefined();
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
		const own = await request.get(`${sidecarUrl()}${path}`);
		expect(await response.json()).toEqual(await own.json());
	});
}

test('identity-bound calls still go through WordPress, which signs the shopper\'s identity', async ({ admin }) => {
	const me = await admin.rest<{ id: number }>('/wp/v2/users/me');
	const identity = await admin.request.get('/commerce-bridge/core/identity');
	expect(identity.headers()[DIRECT]).toBeUndefined();
	expect(((await identity.json()) as { userId: number }).userId).toBe(me.id);
	// A client's own copy of the web server's marker changes nothing: WordPress does not pass it on.
	const customer = await admin.request.get('/oct8ne/frame/customerData', { headers: { [DIRECT]: '1' } });
	expect(customer.status()).toBe(200);
	expect(customer.headers()[DIRECT]).toBeUndefined();
	expect(((await customer.json()) as { id: string | null }).id).toBe(String(me.id));
	const cart = await admin.request.get('/oct8ne/frame/getCart', { headers: { [DIRECT]: '1' } });
	expect([cart.status(), cart.headers()[DIRECT]]).toEqual([200, undefined]);
});

test('each client has its own failed-token budget on the direct path, whatever X-Forwarded-For it sends', async () => {
	const site = new URL(process.env.WP_BASE_URL ?? '');
	test.skip(site.hostname !== '127.0.0.1', 'needs the local stack: clients are told apart by loopback source addresses');
	const orders = (from: string, attempt: number) => getFrom(from, `${site.origin}/oct8ne/frame/getOrders?customerEmail=a@example.com&apiToken=wrong-${attempt}`,
		{ 'x-forwarded-for': `198.51.100.${attempt}` });
	// Spread over 127.0.0.2…: the budget is per address, and another run of this test may have spent one.
	const client = `127.0.0.${2 + (Date.now() % 200)}`;
	for (let attempt = 0; attempt < 20; attempt++) expect(await orders(client, attempt)).toEqual({ status: 200, body: '[]' });
	expect((await orders(client, 20)).status).toBe(429);
	const other = client === '127.0.0.250' ? '127.0.0.251' : '127.0.0.250';
	expect((await orders(other, 21)).status).toBe(200);
});

test.describe('as the store admin', () => {
	test.use({ storageState: async ({}, use) => use(adminState()) });

	test('the settings page shows the shipped nginx config for this sidecar, the one this store runs, with Site Health\'s verdict', async ({ page, admin }) => {
		type Configs = Record<keyof typeof SERVER_CONFIG_FILES, string>;
		const status = await admin.rest<{ active: boolean; configs: Configs; sidecarOrigin: string }>('/commerce-bridge/v1/status/direct-path');
		expect(status.active).toBe(true);
		expect(status.sidecarOrigin).toBe(new URL(sidecarUrl()).origin);
		// What PHP renders is what test/stack/web.ts renders for this stack's nginx, from the same files.
		for (const kind of Object.keys(SERVER_CONFIG_FILES) as Array<keyof Configs>) expect(status.configs[kind]).toBe(renderServerConfig(kind, { sidecarUrl: sidecarUrl() }));
		await page.goto('/wp-admin/admin.php?page=commerce-bridge');
		const panel = page.getByRole('region', { name: 'Direct path' });
		await expect(panel.getByText('answered by the sidecar at')).toBeVisible();
		await expect(panel.getByLabel('Inside http { }')).toHaveValue(status.configs.nginxHttp);
		await expect(panel.getByLabel("Inside the site's server { }")).toHaveValue(status.configs.nginx);
		await expect(panel.getByRole('button', { name: 'Copy configuration' })).toHaveCount(2);
		await panel.getByLabel('Web server').selectOption('apache');
		await expect(panel.getByLabel("Inside the site's <VirtualHost>")).toHaveValue(status.configs.apache);
		await expect(panel.getByRole('button', { name: 'Copy configuration' })).toHaveCount(1);
	});

	test('Site Health lists the direct path as good', async ({ page }) => {
		await page.goto('/wp-admin/site-health.php');
		await page.getByRole('button', { name: 'Passed tests' }).click({ timeout: 30_000 });
		await expect(page.getByText('The web server sends identity-free vendor calls straight to the sidecar')).toBeVisible({ timeout: 30_000 });
	});
});
