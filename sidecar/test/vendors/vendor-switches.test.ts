import type { FastifyInstance } from 'fastify';
import { build } from '../helper';
import { privateDatabase } from '../stack';

/** A store where the plugin never saved settings: every vendor is switched off. */
describe('routes of a switched-off vendor', () => {
	let app: FastifyInstance;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		const db = await privateDatabase();
		drop = db.drop;
		app = await build({ env: { DATABASE_URL: db.url } });
	});
	afterAll(async () => {
		await app.close();
		await drop();
	});

	test.each([
		'/commerce-bridge/bambuser/products?ids=102', '/commerce-bridge/bambuser/products?q=hoodie',
		'/commerce-bridge/belco/orders?token=x&email=a@example.com', '/commerce-bridge/belco/frame?token=',
		'/commerce-bridge/loymax/products?token=x', '/oct8ne/frame/productInfo?productIds=14', '/oct8ne/frame/getOrders?apiToken=x',
	])('%s answers 404', async (url) => {
		const res = await app.inject(url);
		expect(res.statusCode).toBe(404);
		expect(res.json()).toMatchObject({ error: 'not_found' });
	});
});
