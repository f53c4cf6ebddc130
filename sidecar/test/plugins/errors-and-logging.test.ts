import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installErrorHandlers } from '../../src/plugins/error-handler';
import { build, identityHeaders, logCapture } from '../helper';

function testRoutes(app: FastifyInstance): void {
	const typed = app.withTypeProvider<ZodTypeProvider>();
	typed.get('/test/lookup', {
		schema: {
			querystring: z.object({ ids: z.string().regex(/^\d+(,\d+)*$/, 'must be comma-separated product ids'), limit: z.coerce.number().int().max(50).default(10) }),
			response: { 200: z.object({ ids: z.array(z.number()), limit: z.number() }) },
		},
	}, async (request) => ({ ids: request.query.ids.split(',').map(Number), limit: request.query.limit, internalNote: 'must not leak' }));
	typed.get('/test/crash', async () => {
		throw new Error('connect ECONNREFUSED mysql://bridge:pw@10.0.0.1/woo');
	});
	// A vendor folder with its own error format (oct8ne-style JSONP), encapsulated under its prefix.
	void app.register(async (vendor) => {
		installErrorHandlers(vendor, (request, reply, status, body) => {
			const callback = (request.query as Record<string, string>).callback ?? 'callback';
			void reply.code(status).type('application/javascript').send(`${callback}(${JSON.stringify(body)})`);
		});
		vendor.withTypeProvider<ZodTypeProvider>().get('/search', { schema: { querystring: z.object({ callback: z.string(), q: z.string().min(2) }) } }, async () => 'ok');
	}, { prefix: '/jsonp' });
}

describe('errors', () => {
	let app: FastifyInstance;
	const log = logCapture();
	beforeAll(async () => (app = await build({ register: testRoutes, env: { LOG_LEVEL: 'info' }, logStream: log.stream })));
	afterAll(() => app.close());

	it('answers 400 naming the parameter and the reason', async () => {
		const response = await app.inject({ method: 'GET', url: '/test/lookup?ids=1,x&limit=500' });
		expect(response.statusCode).toBe(400);
		const body = response.json();
		expect(body.error).toBe('bad_request');
		expect(body.message).toContain('querystring.ids: must be comma-separated product ids');
		expect(body.message).toMatch(/querystring\.limit: .*50/);
	});

	it('serializes only what the response schema allows', async () => {
		const response = await app.inject({ method: 'GET', url: '/test/lookup?ids=3,5' });
		expect(response.json()).toEqual({ ids: [3, 5], limit: 10 });
	});

	it('answers 404 in JSON for unknown routes', async () => {
		const response = await app.inject({ method: 'GET', url: '/nope?token=x' });
		expect(response.statusCode).toBe(404);
		expect(response.json()).toEqual({ error: 'not_found', message: 'no route for GET /nope' });
	});

	it('answers 500 without internals and logs the error with its route', async () => {
		const response = await app.inject({ method: 'GET', url: '/test/crash' });
		expect(response.statusCode).toBe(500);
		expect(response.body).toBe('{"error":"internal_error"}');
		const line = log.text().split('\n').find((l) => l.includes('request failed'));
		expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 50, route: '/test/crash', err: { message: expect.stringContaining('ECONNREFUSED') } });
	});

	it('lets a vendor prefix format its own errors', async () => {
		const bad = await app.inject({ method: 'GET', url: '/jsonp/search?callback=cb&q=a' });
		expect(bad.statusCode).toBe(400);
		expect(bad.body).toMatch(/^cb\(\{"error":"bad_request","message":"querystring\.q: .+"\}\)$/);
		const missing = await app.inject({ method: 'GET', url: '/jsonp/unknown?callback=cb' });
		expect(missing.body).toBe('cb({"error":"not_found","message":"no route for GET /jsonp/unknown"})');
		expect((await app.inject({ method: 'GET', url: '/test/lookup' })).json().error).toBe('bad_request');
	});
});

describe('request logging', () => {
	it('keeps the path but never tokens, e-mail addresses, phone numbers or signatures', async () => {
		const log = logCapture();
		const app = await build({ env: { LOG_LEVEL: 'trace' }, logStream: log.stream });
		const url = '/commerce-bridge/core/identity?token=tok-SECRET-1&apiToken=tok-SECRET-2&feedToken=tok-SECRET-3'
			+ '&customerEmail=pieter.kok%40example.com&email=sanne@example.nl&phoneNumber=%2B31655501234&page=2';
		const headers = identityHeaders('GET', url, { user: 2, session: '2' });
		try {
			expect((await app.inject({ method: 'GET', url, headers })).json()).toEqual({ userId: 2, session: '2' });
			await app.inject({ method: 'GET', url: url.replace('/core/identity', '/nowhere') });
		} finally {
			await app.close();
		}
		const text = log.text();
		expect(text).toContain('/commerce-bridge/core/identity?token=[redacted]');
		expect(text).toContain('&page=2');
		for (const secret of ['tok-SECRET', 'example.com', 'example.nl', '%40', '31655501234', headers['x-commerce-bridge-signature']!]) {
			expect(text).not.toContain(secret);
		}
	});

	it('redacts tokens sent as arrays, bracketed or encoded keys, path parameters and credential headers', async () => {
		const log = logCapture();
		const app = await build({ env: { LOG_LEVEL: 'trace' }, logStream: log.stream });
		const urls = ['/oct8ne/frame/getOrders?token[]=tok-SECRET-1', '/oct8ne/frame/getOrders?token%5B0%5D=tok-SECRET-2', '/oct8ne/frame/getOrders?apiToken%5B%5D=tok-SECRET-3',
			'/oct8ne/frame/getOrders?x[apiToken]=tok-SECRET-4', '/oct8ne/frame/getOrders;apiToken=tok-SECRET-5', '/commerce-bridge/loymax/token=tok-SECRET-6/x',
			'/oct8ne/frame/getOrders?APITOKEN=tok-SECRET-7&page=2', '/oct8ne/frame/getOrders?%61piToken=tok-SECRET-8', '/oct8ne/frame/getOrders?token=tok-SECRET-9/a?b'];
		try {
			for (const url of urls) await app.inject({ url, headers: { authorization: 'Bearer tok-SECRET-10', cookie: 'wp=tok-SECRET-11' } });
			app.log.info({ req: { headers: { authorization: 'Bearer tok-SECRET-12' } }, headers: { cookie: 'tok-SECRET-13' } }, 'headers logged by hand');
		} finally {
			await app.close();
		}
		const text = log.text();
		expect(text).toContain('token[]=[redacted]');
		expect(text).toContain('apiToken%5B%5D=[redacted]');
		expect(text).toContain('&page=2');
		expect(text).not.toContain('tok-SECRET');
	});
});
