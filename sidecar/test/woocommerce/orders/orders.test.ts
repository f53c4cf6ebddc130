import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { HPOS_DATABASE, POSTS_DATABASE, stackDb } from '../../stack';

const rows = async (sql: string) => (await stackDb().sql(sql, HPOS_DATABASE)).split('\n').filter(Boolean).map((l) => l.split('\t'));

describe('orders repository', () => {
	let hpos: FastifyInstance;
	let posts: FastifyInstance;
	beforeAll(async () => {
		[hpos, posts] = await Promise.all([build(), build({ env: { DATABASE_URL: stackDb().url(POSTS_DATABASE) } })]);
	});
	afterAll(() => Promise.all([hpos.close(), posts.close()]));

	test('reads the storage the store declares', async () => {
		expect(await hpos.ordersRepository.storageKind()).toBe('hpos');
		expect(await posts.ordersRepository.storageKind()).toBe('posts');
	});

	test.each([
		{ email: 'LOTTE.CLAES@example.be' },
		{ email: 'emma.bakker@example.net' },
		{ phone: '0470 12 34 56' },
		{ customerId: 2 },
		{ email: 'anna.hendriks@example.net', phone: '+31 6 24681357' },
	])('HPOS and posts storage give the same orders for %o', async (criteria) => {
		const page = { limit: 50, offset: 0 };
		const [a, b] = await Promise.all([hpos.ordersRepository.find(criteria, page), posts.ordersRepository.find(criteria, page)]);
		expect(a.orders.length).toBeGreaterThan(0);
		expect(b).toEqual(a);
	});

	test('a customer\'s orders are every visible order of the account and its e-mail, newest first', async () => {
		const expected = await rows(`SELECT id FROM shop_wc_orders WHERE type = 'shop_order' AND status NOT IN ('wc-checkout-draft', 'trash')
			AND (billing_email = 'lotte.claes@example.be' OR customer_id = 18) ORDER BY date_created_gmt DESC, id DESC`);
		const found = await hpos.ordersRepository.find({ email: 'lotte.claes@EXAMPLE.BE' }, { limit: 50, offset: 0 });
		expect(found.orders.map((o) => String(o.id))).toEqual(expected.map((r) => r[0]));
		expect(new Set(found.orders.map((o) => o.customerId))).toEqual(new Set([0, 18]));
	});

	test('checkout drafts are never returned', async () => {
		expect(await hpos.ordersRepository.findByNumber('269')).toBeNull();
		expect(await posts.ordersRepository.findByNumber('270')).toBeNull();
	});

	test('an order carries its lines, refunds, customer notes and tracking', async () => {
		const order = await posts.ordersRepository.findByNumber('140');
		const notes = await rows(`SELECT COUNT(*) FROM shop_comments c JOIN shop_commentmeta m ON m.comment_id = c.comment_ID
			AND m.meta_key = 'is_customer_note' AND m.meta_value = '1' WHERE c.comment_post_ID = 140`);
		const lines = await rows(`SELECT order_item_name FROM shop_woocommerce_order_items WHERE order_id = 140 AND order_item_type = 'line_item' ORDER BY order_item_id`);
		const tracking = await rows(`SELECT meta_value FROM shop_wc_orders_meta WHERE order_id = 140 AND meta_key = '_tracking_number'`);
		expect(order?.lines.map((l) => l.name)).toEqual(lines.map((r) => r[0]));
		expect(order?.customerNotes).toHaveLength(Number(notes[0]?.[0]));
		expect(order?.refunds).toEqual([expect.objectContaining({ id: 141, amount: 55 })]);
		expect(order?.tracking).toEqual([expect.objectContaining({ trackingNumber: tracking[0]?.[0] })]);
	});

	test('Shipment Tracking extension items are parsed', async () => {
		const order = await hpos.ordersRepository.findByNumber('243');
		expect(order?.tracking[0]).toMatchObject({ provider: 'postnl', trackingNumber: '3SWLAB0001008991' });
		expect(order?.tracking[0]?.shippedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	test('paid statistics count processing and completed orders, net of refunds', async () => {
		const [[count, spent]] = (await rows(`SELECT COUNT(*), ROUND(SUM(o.total_amount + COALESCE((SELECT SUM(r.total_amount) FROM shop_wc_orders r
			WHERE r.parent_order_id = o.id AND r.type = 'shop_order_refund'), 0)), 2) FROM shop_wc_orders o
			WHERE o.type = 'shop_order' AND o.status IN ('wc-processing', 'wc-completed') AND o.customer_id = 4`)) as [[string, string]];
		for (const app of [hpos, posts]) {
			const stats = await app.ordersRepository.paidStats({ customerId: 4 });
			expect(stats).toMatchObject({ orderCount: Number(count), totalSpent: Number(spent) });
		}
	});

	test('paid statistics by account and e-mail (a guest checkout typed in capitals) agree in both storages', async () => {
		const criteria = { customerId: 18, email: 'lotte.claes@example.be' };
		const [fromHpos, fromPosts] = await Promise.all([hpos.ordersRepository.paidStats(criteria), posts.ordersRepository.paidStats(criteria)]);
		expect(fromHpos.orderCount).toBeGreaterThan((await hpos.ordersRepository.paidStats({ customerId: 18 })).orderCount);
		expect(fromPosts).toEqual(fromHpos);
	});
});
