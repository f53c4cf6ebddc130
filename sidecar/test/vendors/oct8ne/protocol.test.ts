import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';

let app: FastifyInstance;
beforeAll(async () => {
	app = await build();
});
afterAll(async () => app.close());

describe('oct8ne protocol', () => {
	test('answers JSON without a callback, with nosniff', async () => {
		const res = await app.inject('/oct8ne/frame/getAdapterInfo');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(res.headers['x-content-type-options']).toBe('nosniff');
		expect(res.json()).toMatchObject({ apiVersion: '2.4' });
	});

	test('answers JSONP as application/javascript when the callback is a valid name', async () => {
		const res = await app.inject('/oct8ne/frame/getAdapterInfo?callback=jQuery.cb_1$');
		expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
		expect(res.headers['x-content-type-options']).toBe('nosniff');
		const match = /^jQuery\.cb_1\$\((.*)\);$/s.exec(res.body);
		expect(match).not.toBeNull();
		expect(JSON.parse(match?.[1] ?? '')).toMatchObject({ apiVersion: '2.4' });
	});

	test.each(['alert(1)', '1abc', 'a..b', 'a-b', '<script>', 'a'.repeat(129)])('rejects the callback %p with a plain JSON 400', async (callback) => {
		const res = await app.inject({ url: '/oct8ne/frame/productInfo', query: { productIds: '14', callback } });
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(res.json().message).toMatch(/callback/);
		expect(res.body).not.toContain(callback);
	});

	test('accepts a 128-character callback', async () => {
		const callback = `c${'b'.repeat(127)}`;
		const res = await app.inject({ url: '/oct8ne/frame/getAdapterInfo', query: { callback } });
		expect(res.body.startsWith(`${callback}(`)).toBe(true);
	});

	test.each(['/oct8ne/frame/productinfo', '/oct8ne/frame/PRODUCTINFO', '/oct8ne/frame/ProductInfo/', '/oct8ne/frame/productInfo'])('method names are case-insensitive: %s', async (path) => {
		const res = await app.inject(`${path}?productIds=14`);
		expect(res.statusCode).toBe(200);
		expect(res.json()).toEqual([expect.objectContaining({ internalId: '14' })]);
	});

	test('unknown method: 404 JSON, wrapped in the valid callback', async () => {
		const res = await app.inject('/oct8ne/frame/checkSession?callback=cb');
		expect(res.statusCode).toBe(404);
		expect(res.body).toMatch(/^cb\(\{"error":"not_found"/);
	});

	test('bad input gives a clear 400 wrapped in the callback', async () => {
		const res = await app.inject('/oct8ne/frame/search?search=hoodie&page=abc&callback=cb');
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
		const body = JSON.parse(res.body.slice(3, -2)) as { error: string; message: string };
		expect(body).toEqual({ error: 'bad_request', message: 'page: must be a positive integer' });
	});

	test.each([
		'/oct8ne/frame/productInfo?productIds=1;DROP',
		'/oct8ne/frame/productInfo?productIds=14&productIds=15',
		'/oct8ne/frame/productRelated',
		'/oct8ne/frame/search?search=a&orderby=RANDOM()',
		'/oct8ne/frame/search?search=a&dir=up',
		'/oct8ne/frame/search?search=a&price=5-7',
		'/oct8ne/frame/search?search=a&locale=%00%01',
		'/oct8ne/frame/search?search=a&currency=euro',
		'/oct8ne/frame/addToWishList',
		'/oct8ne/frame/productInfo?productIds=99999999999999999999',
	])('never a 5xx for client mistakes: %s', async (url) => {
		const res = await app.inject(url);
		expect(res.statusCode).toBe(400);
		expect(res.json().message).toEqual(expect.any(String));
	});

	test('session-bound methods are never cached; product methods carry no no-store', async () => {
		for (const name of ['customerData', 'getCart', 'addToWishList?productIds=14']) {
			expect((await app.inject(`/oct8ne/frame/${name}`)).headers['cache-control']).toBe('no-store');
		}
		expect((await app.inject('/oct8ne/frame/productInfo?productIds=14')).headers['cache-control']).toBeUndefined();
	});

	test('getAdapterInfo reports the WooCommerce version, the package version and enabled as a boolean', async () => {
		const body = (await app.inject('/oct8ne/frame/getadapterinfo')).json();
		const pkg = (await import('../../../../package.json')).default.version;
		expect(body).toEqual({
			platform: 'WooCommerce 10.1.0', adapterName: expect.any(String), adapterVersion: pkg, developedBy: expect.any(String),
			supportUrl: expect.any(String), apiVersion: '2.4', enabled: true,
		});
	});
});
