import type { FastifyInstance } from 'fastify';
import { crawl, feed, loymaxDb, loymaxSuite } from './loymax-helper';

/** Fixture facts: 25 customers (ids 2–26, one without a phone), 122 orders of which 2 checkout drafts. */
const CUSTOMERS = 25;
const VISIBLE_ORDERS = 120;

const suite = loymaxSuite();

describe('customers', () => {
	test('every customer once, by WordPress id; the admin and the shop manager are not customers', async () => {
		const all = await crawl(suite.app, 'customers?page[size]=10');
		expect(all.map((c) => Number(c.id))).toEqual(Array.from({ length: CUSTOMERS }, (_, i) => i + 2));
		const sanne = all.find((c) => c.id === '2');
		const [[email, registered, country]] = await suite.db.sql(`SELECT u.user_email, u.user_registered, m.meta_value FROM shop_users u
			JOIN shop_usermeta m ON m.user_id = u.ID AND m.meta_key = 'billing_country' WHERE u.ID = 2`) as [[string, string, string]];
		expect(sanne?.attributes).toMatchObject({ email, country, firstName: 'Sanne', registeredAt: `${registered.replace(' ', 'T')}Z` });
	});

	test('e-mail, phone and meta modes; customers without a value for the key are left out', async () => {
		const [[email]] = await suite.db.sql('SELECT user_email FROM shop_users WHERE ID = 2') as [[string]];
		expect((await feed(await suite.db.app({ userIdMode: 'email' }), 'customers?page[size]=1000')).data.map((c) => c.id)).toContain(email);
		const phones = await feed(await suite.db.app({ userIdMode: 'phone' }), 'customers?page[size]=1000');
		expect(phones.meta.total).toBe(CUSTOMERS - 1);
		await suite.db.sql(`INSERT INTO shop_usermeta (user_id, meta_key, meta_value) VALUES (21, 'loyalty_card', 'LC-0021')`);
		const cards = await feed(await suite.db.app({ userIdMode: 'meta', userIdMetaKey: 'loyalty_card' }), 'customers');
		expect(cards.data.map((c) => c.id)).toEqual(['LC-0021']);
		// The option is the database's: put the defaults back before suite.app's settings cache expires.
		await suite.db.app();
	});

	test('updatedSince uses registration and WooCommerce last_update', async () => {
		expect((await feed(suite.app, 'customers?filter[updatedSince]=2000-01-01')).meta.total).toBe(CUSTOMERS);
		expect((await feed(suite.app, 'customers?filter[updatedSince]=2030-01-01')).meta.total).toBe(0);
		await suite.db.sql(`UPDATE shop_usermeta SET meta_value = UNIX_TIMESTAMP('2031-06-01 00:00:00') WHERE user_id = 18 AND meta_key = 'last_update'`);
		const fresh = await suite.db.app();
		expect((await feed(fresh, 'customers?filter[updatedSince]=2030-01-01')).data.map((c) => c.id)).toEqual(['18']);
	});
});

describe('orders', () => {
	test('visible orders only (no drafts, no refunds), by id, with lines', async () => {
		const all = await crawl(suite.app, 'orders?page[size]=50');
		expect(all).toHaveLength(VISIBLE_ORDERS);
		const ids = all.map((o) => o.id);
		expect(ids).not.toContain('269');
		expect(ids).not.toContain('139'); // a refund
		const guest = all.find((o) => o.id === '218');
		expect(guest?.attributes).toMatchObject({ customerId: null, status: 'completed', currency: 'EUR' });
	});

	test('line product ids follow the product mode; customer ids the user mode; ids the order mode', async () => {
		const [[orderId, productId, variationId, qty, userId]] = await suite.db.sql(`SELECT i.order_id, p.meta_value, v.meta_value, q.meta_value, o.customer_id
			FROM shop_woocommerce_order_items i JOIN shop_wc_orders o ON o.id = i.order_id AND o.customer_id > 0 AND o.status = 'wc-completed'
			JOIN shop_woocommerce_order_itemmeta p ON p.order_item_id = i.order_item_id AND p.meta_key = '_product_id'
			JOIN shop_woocommerce_order_itemmeta v ON v.order_item_id = i.order_item_id AND v.meta_key = '_variation_id' AND v.meta_value > 0
			JOIN shop_woocommerce_order_itemmeta q ON q.order_item_id = i.order_item_id AND q.meta_key = '_qty'
			ORDER BY i.order_item_id LIMIT 1`) as [[string, string, string, string, string]];
		const find = async (a: FastifyInstance) => (await crawl(a, 'orders?page[size]=1000')).find((o) => o.id === orderId);
		const parent = await find(suite.app);
		expect(parent?.attributes.customerId).toBe(userId);
		expect(parent?.attributes.lines).toContainEqual(expect.objectContaining({ productId, quantity: Number(qty) }));
		const byVariation = await find(await suite.db.app({ productIdMode: 'variation', userIdMode: 'email' }));
		expect(byVariation?.attributes.lines).toContainEqual(expect.objectContaining({ productId: variationId }));
		expect(byVariation?.attributes.customerId).toMatch(/@example\./);
		await suite.db.sql(`INSERT INTO shop_wc_orders_meta (order_id, meta_key, meta_value) VALUES (${orderId}, '_order_number', 'WL-${orderId}')`);
		const numbered = await feed(await suite.db.app({ orderIdMode: 'number' }), 'orders?page[size]=1000');
		expect(numbered.data.map((o) => o.id)).toContain(`WL-${orderId}`);
		await suite.db.app();
	});

	test('updatedSince uses date_updated_gmt', async () => {
		const [[count]] = await suite.db.sql(`SELECT COUNT(*) FROM shop_wc_orders WHERE type = 'shop_order' AND status <> 'wc-checkout-draft'
			AND date_updated_gmt >= '2026-10-01'`) as [[string]];
		expect((await feed(suite.app, 'orders?filter[updatedSince]=2026-10-01')).meta.total).toBe(Number(count));
		expect(Number(count)).toBeGreaterThan(0);
		expect(Number(count)).toBeLessThan(VISIBLE_ORDERS);
	});
});

describe('orders on posts storage', () => {
	test('the same orders when posts are authoritative', async () => {
		const posts = await loymaxDb({ hpos: false });
		try {
			const all = await crawl(await posts.app(), 'orders?page[size]=1000');
			expect(all).toHaveLength(VISIBLE_ORDERS);
			expect(all.find((o) => o.id === '218')?.attributes.customerId).toBeNull();
		} finally {
			await posts.close();
		}
	});
});
