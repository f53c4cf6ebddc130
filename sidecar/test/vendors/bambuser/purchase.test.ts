/**
 * Bambuser's purchase event for the order-received page (issue 12 item 4): the order key is the proof;
 * totals, lines, shipping and coupon come from the real fixture orders in both order storages.
 */
import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { HPOS_DATABASE, POSTS_DATABASE, stackDb, TEST_PREFIX } from '../../stack';

interface Event {
	purchase: { id: string; currency: string; total: number; tax: number; subtotal: number; shippingCost: number; shippingMethod?: string; coupon?: string };
	products: Array<{ id: string; name: string; price: number; currency: string; quantity: number }>;
}

const ORDER = 156; // a coupon order with shipping (fixture README)

async function sql(statement: string, database: string): Promise<string[][]> {
	return (await stackDb().sql(statement, database)).split('\n').filter(Boolean).map((l) => l.split('\t'));
}

describe.each([['HPOS', HPOS_DATABASE, `SELECT order_key FROM ${TEST_PREFIX}wc_order_operational_data WHERE order_id = ${ORDER}`],
	['posts', POSTS_DATABASE, `SELECT meta_value FROM ${TEST_PREFIX}postmeta WHERE post_id = ${ORDER} AND meta_key = '_order_key'`]])('%s storage', (_name, database, keySql) => {
	let app: FastifyInstance;
	let key = '';
	beforeAll(async () => {
		app = await build({ env: { DATABASE_URL: stackDb().url(database) } });
		[[key = '']] = await sql(keySql, database) as [[string]];
	});
	afterAll(async () => app.close());
	const get = (query: string) => app.inject(`/commerce-bridge/bambuser/purchase?${query}`);

	test('the order\'s number, totals, shipping, coupon and lines at the unit price paid', async () => {
		expect(key).toMatch(/^wc_order_/);
		const res = await get(`order=${ORDER}&key=${key}`);
		expect(res.statusCode).toBe(200);
		expect(res.headers['cache-control']).toBe('private, no-store');
		const { purchase, products } = res.json() as Event;
		const lines = await sql(`SELECT i.order_item_name,
			(SELECT meta_value FROM ${TEST_PREFIX}woocommerce_order_itemmeta WHERE order_item_id = i.order_item_id AND meta_key = '_product_id'),
			(SELECT meta_value FROM ${TEST_PREFIX}woocommerce_order_itemmeta WHERE order_item_id = i.order_item_id AND meta_key = '_variation_id'),
			(SELECT meta_value FROM ${TEST_PREFIX}woocommerce_order_itemmeta WHERE order_item_id = i.order_item_id AND meta_key = '_qty'),
			(SELECT meta_value FROM ${TEST_PREFIX}woocommerce_order_itemmeta WHERE order_item_id = i.order_item_id AND meta_key = '_line_total'),
			(SELECT meta_value FROM ${TEST_PREFIX}woocommerce_order_itemmeta WHERE order_item_id = i.order_item_id AND meta_key = '_line_tax')
			FROM ${TEST_PREFIX}woocommerce_order_items i WHERE i.order_id = ${ORDER} AND i.order_item_type = 'line_item' ORDER BY i.order_item_id`, database);
		expect(products).toEqual(lines.map(([name, product, variation, qty, total, tax]) => ({
			id: Number(variation) ? variation : product, name, quantity: Number(qty), currency: 'EUR',
			price: Math.round(((Number(total) + Number(tax)) / Number(qty)) * 100) / 100,
		})));
		const [[coupon]] = await sql(`SELECT order_item_name FROM ${TEST_PREFIX}woocommerce_order_items WHERE order_id = ${ORDER} AND order_item_type = 'coupon'`, database) as [[string]];
		const [[method, cost]] = await sql(`SELECT i.order_item_name, m.meta_value FROM ${TEST_PREFIX}woocommerce_order_items i JOIN ${TEST_PREFIX}woocommerce_order_itemmeta m
			ON m.order_item_id = i.order_item_id AND m.meta_key = 'cost' WHERE i.order_id = ${ORDER} AND i.order_item_type = 'shipping'`, database) as [[string, string]];
		const [[total]] = await sql(`SELECT meta_value FROM ${TEST_PREFIX}postmeta WHERE post_id = ${ORDER} AND meta_key = '_order_total'`, database) as [[string]];
		expect(purchase).toMatchObject({ id: String(ORDER), currency: 'EUR', total: Number(total), coupon, shippingMethod: method, shippingCost: Number(cost) });
		expect(purchase.subtotal).toBeGreaterThan(0);
		expect(purchase.tax).toBeGreaterThan(0);
	});

	test('a wrong key, another order\'s key, a refund and an unknown order are 404', async () => {
		const [[other = '']] = await sql(keySql.replace(String(ORDER), '218'), database) as [[string]];
		for (const query of [`order=${ORDER}&key=${key.slice(0, -1)}x`, `order=${ORDER}&key=${other}`, `order=139&key=${key}`, `order=999999&key=${key}`]) {
			expect((await get(query)).statusCode).toBe(404);
		}
	});

	test.each(['', `order=${ORDER}`, 'key=wc_order_x', `order=abc&key=wc_order_x`, `order=${ORDER}&key=has%20space`, `order=${ORDER}&key=x&extra=1`])('bad input ?%s → 400', async (query) => {
		const res = await get(query);
		expect(res.statusCode).toBe(400);
		expect(res.json()).toMatchObject({ error: 'bad_request' });
	});
});
