import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DIRECT_PATH } from '../../src/plugins/direct-path';
import type { Identity } from '../../src/plugins/identity';
import { FAILED_TOKENS_PER_MINUTE } from '../../src/plugins/token-attempts';
import { build, identityHeaders } from '../helper';
import { SHARED_OCT8NE_TOKEN } from '../stack';

/** What the shipped web-server configs add to every request they send by the direct path. */
const DIRECT = { 'x-commerce-bridge-direct': '1' };
const PRODUCT_INFO = '/oct8ne/frame/productInfo?productIds=14,16';

describe('requests by the direct path (the web server, not WordPress)', () => {
	let app: FastifyInstance;
	let seen: { identity: Identity; headers: Record<string, unknown> } | undefined;
	beforeAll(async () => {
		app = await build({
			register: (a) => a.addHook('preHandler', async (request) => {
				seen = { identity: request.identity, headers: { ...request.headers } };
			}),
		});
	});
	afterAll(() => app.close());
	beforeEach(() => (seen = undefined));

	test('an identity-free call answers as through WordPress, marked, with no-store and nosniff', async () => {
		const direct = await app.inject({ url: PRODUCT_INFO, headers: DIRECT });
		const proxied = await app.inject({ url: PRODUCT_INFO });
		expect(direct.statusCode).toBe(200);
		expect(direct.body).toBe(proxied.body);
		expect(direct.headers['x-commerce-bridge-direct']).toBe('1');
		expect(proxied.headers['x-commerce-bridge-direct']).toBeUndefined();
		expect(direct.headers['cache-control']).toBe('no-store');
		expect(direct.headers['x-content-type-options']).toBe('nosniff');
	});

	test('a route that says how to cache keeps it (Bambuser product data is public for a minute)', async () => {
		const res = await app.inject({ url: '/commerce-bridge/bambuser/products?ids=102', headers: DIRECT });
		expect(res.statusCode).toBe(200);
		expect(res.headers['cache-control']).toBe('public, max-age=60');
	});

	test.each(['/oct8ne/frame/PRODUCTINFO?productIds=14', '/oct8ne/frame/getAdapterInfo/', '/oct8ne/frame/search?search=hoodie'])(
		'%s (method names are case-insensitive, trailing slash optional) is served', async (url) => {
			expect((await app.inject({ url, headers: DIRECT })).statusCode).toBe(200);
		});

	test.each([
		'/oct8ne/frame/customerData', '/oct8ne/frame/getCart', '/oct8ne/frame/addToWishlist?productIds=14', '/oct8ne/frame/GETCART',
		'/commerce-bridge/core/identity', '/commerce-bridge/core/shopper', '/commerce-bridge/bambuser/cart', '/commerce-bridge/belco/widget',
		'/commerce-bridge/bambuser/../core/identity', '/commerce-bridge/bambuser/%2e%2e/core/identity', '/health',
	])('%s needs WordPress: refused with 404 before any route runs', async (url) => {
		const res = await app.inject({ url, headers: DIRECT });
		expect(res.statusCode).toBe(404);
		expect(res.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining('served through WordPress') });
		expect(seen).toBeUndefined();
	});

	test('the same identity-bound call through WordPress is served (the refusal is the direct path\'s)', async () => {
		expect((await app.inject({ url: '/oct8ne/frame/customerData' })).statusCode).toBe(200);
	});

	test('a validly signed identity sent by the direct path is a guest, and cookies never reach a route', async () => {
		const signed = identityHeaders('GET', PRODUCT_INFO, { user: 5, session: '5' });
		await app.inject({ url: PRODUCT_INFO, headers: signed });
		expect(seen?.identity).toMatchObject({ userId: 5, verified: true });
		await app.inject({ url: PRODUCT_INFO, headers: { ...signed, ...DIRECT, cookie: 'wordpress_logged_in_x=1', authorization: 'Bearer t' } });
		expect(seen?.identity).toEqual({ userId: 0, session: null, verified: false });
		expect(Object.keys(seen?.headers ?? {}).filter((name) => name.startsWith('x-commerce-bridge-') && name !== 'x-commerce-bridge-direct')).toEqual([]);
		expect(seen?.headers.cookie).toBeUndefined();
		expect(seen?.headers.authorization).toBe('Bearer t');
	});

	test('only GET and HEAD: other methods answer 405', async () => {
		const res = await app.inject({ method: 'POST', url: PRODUCT_INFO, headers: DIRECT, payload: {} });
		expect([res.statusCode, res.json()]).toEqual([405, expect.objectContaining({ error: 'method_not_allowed' })]);
		expect((await app.inject({ method: 'HEAD', url: PRODUCT_INFO, headers: DIRECT })).statusCode).toBe(200);
	});

	test('bad input answers 400: characters WordPress would not forward, and what the route refuses', async () => {
		const raw = await app.inject({ url: '/oct8ne/frame/productInfo?productIds=14|{16}', headers: DIRECT });
		expect([raw.statusCode, raw.json()]).toEqual([400, expect.objectContaining({ error: 'bad_request' })]);
		expect(seen).toBeUndefined();
		const invalid = await app.inject({ url: '/oct8ne/frame/productInfo?productIds=abc', headers: DIRECT });
		expect([invalid.statusCode, invalid.json()]).toEqual([400, expect.objectContaining({ error: 'bad_request' })]);
	});

	test('a switched-off vendor answers 404 (Belco and Loymax are off on this store)', async () => {
		for (const url of ['/commerce-bridge/belco/orders?token=x', '/commerce-bridge/loymax/products?token=x']) {
			const res = await app.inject({ url, headers: DIRECT });
			expect([res.statusCode, res.headers['x-commerce-bridge-direct']]).toEqual([404, '1']);
		}
	});

	test('wrong tokens count per client named by the trusted web server (X-Forwarded-For), not per web server', async () => {
		const orders = (client: string, token: string) => app.inject({
			url: `/oct8ne/frame/getOrders?customerEmail=sanne.devries@example.com&apiToken=${token}`,
			remoteAddress: '127.0.0.1', headers: { ...DIRECT, 'x-forwarded-for': client },
		});
		for (let i = 0; i < FAILED_TOKENS_PER_MINUTE; i++) expect((await orders('203.0.113.7', `wrong-${i}`)).body).toBe('[]');
		expect((await orders('203.0.113.7', SHARED_OCT8NE_TOKEN)).statusCode).toBe(429);
		const other = await orders('203.0.113.8', SHARED_OCT8NE_TOKEN);
		expect(other.statusCode).toBe(200);
		expect(other.headers['cache-control']).toBe('no-store');
	});
});

describe('the paths the shipped web-server configs send here', () => {
	const template = (file: string) => readFileSync(join(__dirname, '..', '..', '..', 'plugin', 'server-config', file), 'utf8');
	/** Each config's path regex, for a site at the root, in the form the sidecar writes it. */
	const configs: Array<[string, RegExp]> = [
		['nginx.conf', /location ~\* (\^\{\{homePath\}\}\S+) \{/],
		['apache.conf', /<LocationMatch "\(\?i\)(\^\{\{homePath\}\}[^"]+)">/],
		['Caddyfile', /path_regexp commerceBridge \(\?i\)(\^\{\{homePath\}\}\S+)/],
	];

	test.each(configs)('%s names exactly the sidecar\'s direct paths, case-insensitively', (file, pattern) => {
		const found = pattern.exec(template(file))?.[1];
		expect(found?.replace('{{homePath}}', '')).toBe(DIRECT_PATH.source.replaceAll('\\/', '/'));
		expect(DIRECT_PATH.flags).toBe('i');
	});
});
