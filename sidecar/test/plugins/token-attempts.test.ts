import type { FastifyInstance } from 'fastify';
import { createAttemptLimiter } from '../../src/lib/attempt-limiter';
import { FAILED_TOKENS_PER_MINUTE } from '../../src/plugins/token-attempts';
import { BELCO_TOKEN, belcoApp, type BelcoApp } from '../vendors/belco/belco-helper';
import { build } from '../helper';
import { SHARED_OCT8NE_TOKEN } from '../stack';

const orders = (token: string, extra = '') => `/oct8ne/frame/getOrders?customerEmail=sanne.devries@example.com&apiToken=${token}${extra}`;

describe('failed token attempts per client', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());
	const from = (remoteAddress: string, url: string) => app.inject({ url, remoteAddress });

	test(`oct8ne: ${FAILED_TOKENS_PER_MINUTE} wrong tokens answer [], then 429 with Retry-After; other clients and valid calls are untouched`, async () => {
		for (let i = 0; i < 50; i++) expect((await from('10.0.0.1', orders(SHARED_OCT8NE_TOKEN))).statusCode).toBe(200); // valid calls never count
		for (let i = 0; i < FAILED_TOKENS_PER_MINUTE; i++) {
			const res = await from('10.0.0.1', orders(`wrong-${i}`));
			expect([res.statusCode, res.body]).toEqual([200, '[]']);
		}
		const limited = await from('10.0.0.1', orders('wrong-again', '&callback=cb'));
		expect(limited.statusCode).toBe(429);
		expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
		expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
		expect(limited.body).toMatch(/^cb\(\{"error":"too_many_requests","message":"too many failed token attempts; retry in \d+ s"\}\);$/);
		expect((await from('10.0.0.1', orders(SHARED_OCT8NE_TOKEN))).statusCode).toBe(429);
		const other = await from('10.0.0.2', orders(SHARED_OCT8NE_TOKEN));
		expect(other.statusCode).toBe(200);
		expect(Array.isArray(other.json())).toBe(true);
		// Public widget methods carry no token and are never limited.
		expect((await from('10.0.0.1', '/oct8ne/frame/productInfo?productIds=14')).statusCode).toBe(200);
	});
});

describe('clients behind the WordPress proxy', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());
	const via = (remoteAddress: string, client: string, token: string) =>
		app.inject({ url: orders(token), remoteAddress, headers: { 'x-forwarded-for': client } });

	test('each client the proxy names has its own budget; a client cannot pick its address unless it is a trusted proxy', async () => {
		for (let i = 0; i <= FAILED_TOKENS_PER_MINUTE; i++) await via('127.0.0.1', '198.51.100.7', `wrong-${i}`);
		expect((await via('127.0.0.1', '198.51.100.7', SHARED_OCT8NE_TOKEN)).statusCode).toBe(429);
		// Another shopper behind the same WordPress is not locked out by the first one's failures.
		expect((await via('127.0.0.1', '198.51.100.8', SHARED_OCT8NE_TOKEN)).statusCode).toBe(200);
		// An untrusted caller's own X-Forwarded-For is ignored: its failures count against its real address.
		for (let i = 0; i <= FAILED_TOKENS_PER_MINUTE; i++) await via('203.0.113.9', `192.0.2.${i}`, `wrong-${i}`);
		expect((await via('203.0.113.9', '192.0.2.200', SHARED_OCT8NE_TOKEN)).statusCode).toBe(429);
	});
});

describe('Belco shares the rule', () => {
	let belco: BelcoApp;
	beforeAll(async () => (belco = await belcoApp({ hpos: true })));
	afterAll(() => belco.close());

	test(`${FAILED_TOKENS_PER_MINUTE} wrong tokens are 401, the next request is 429`, async () => {
		expect((await belco.get(`/commerce-bridge/belco/orders?token=${BELCO_TOKEN}&email=a@example.com`)).statusCode).toBe(200);
		for (let i = 0; i < FAILED_TOKENS_PER_MINUTE; i++) expect((await belco.get(`/commerce-bridge/belco/orders?token=x${i}`)).statusCode).toBe(401);
		const limited = await belco.get(`/commerce-bridge/belco/frame?token=y`);
		expect(limited.statusCode).toBe(429);
		expect(limited.headers['retry-after']).toMatch(/^\d+$/);
		expect(limited.json()).toEqual({ error: 'too_many_requests', message: expect.stringContaining('retry in') });
	});
});

describe('attempt limiter', () => {
	test('a window opens with the first failure and closes a window later; the least recent clients are forgotten', () => {
		let now = 1_000_000;
		const limiter = createAttemptLimiter({ max: 3, windowMs: 60_000, clients: 2, now: () => now });
		for (let i = 0; i < 3; i++) limiter.failed('a');
		expect(limiter.retryAfter('a')).toBe(60);
		now += 45_500;
		expect(limiter.retryAfter('a')).toBe(15);
		now += 14_500;
		expect(limiter.retryAfter('a')).toBe(0);
		for (let i = 0; i < 3; i++) limiter.failed('b');
		limiter.failed('c');
		limiter.failed('d');
		expect(limiter.retryAfter('b')).toBe(0);
	});
});
