import { oct8neStore, TOKEN, type Oct8neStore } from './oct8ne-helper';

interface OrderBody { date: string; reference: string; total: string; currency: string; labelState: string; deliveryDate: string }
interface DetailsBody extends OrderBody {
	carrier: string; trackingNumber: string; trackingUrl: string;
	products: Array<{ quantity: number; name: string }>; comments: Array<{ message: string; customer: boolean }>;
}

const LABELS: Record<string, string> = {
	'wc-completed': 'Completed', 'wc-processing': 'Processing', 'wc-on-hold': 'On hold', 'wc-pending': 'Pending payment',
	'wc-cancelled': 'Cancelled', 'wc-refunded': 'Refunded', 'wc-failed': 'Failed',
};

describe.each([{ hpos: true }, { hpos: false }])('orders (hpos: $hpos)', ({ hpos }) => {
	let store: Oct8neStore;
	beforeAll(async () => {
		store = await oct8neStore({ hpos });
	});
	afterAll(async () => store.close());

	const get = async (url: string) => store.app.inject(url);

	test.each(['', '&apiToken=', '&apiToken=wrong', `&apiToken=${TOKEN.toLowerCase()}`, `&apiToken=${TOKEN}x`])('a wrong or missing token answers [] with 200 (%s)', async (token) => {
		for (const method of ['getOrders?customerEmail=emma.bakker@example.net', 'getOrderDetails?reference=140', 'getSalesReport?from=2026-01-01&to=2026-12-31']) {
			const res = await get(`/oct8ne/frame/${method}${token}`);
			expect(res.statusCode).toBe(200);
			expect(res.json()).toEqual([]);
			expect(res.headers['cache-control']).toBe('no-store');
		}
	});

	test('getOrders: the customer e-mail in any case, newest first, paged, human status labels', async () => {
		// Orders billed to the e-mail or placed by the account with that e-mail, as the HPOS tables say.
		const expected = await store.query(`SELECT o.id, o.status, o.total_amount FROM shop_wc_orders o LEFT JOIN shop_users u ON u.ID = o.customer_id
			WHERE o.type = 'shop_order' AND o.status NOT IN ('wc-checkout-draft', 'trash')
			AND (LOWER(o.billing_email) = 'sophie.jacobs@example.com' OR LOWER(u.user_email) = 'sophie.jacobs@example.com')
			ORDER BY o.date_created_gmt DESC, o.id DESC`);
		expect(expected.length).toBeGreaterThan(2);
		const all = (await get(`/oct8ne/frame/getOrders?customerEmail=Sophie.Jacobs@Example.COM&apiToken=${TOKEN}&pageSize=100`)).json() as OrderBody[];
		expect(all.map((o) => o.reference)).toEqual(expected.map(([id]) => id));
		expect(all.map((o) => o.labelState)).toEqual(expected.map(([, status]) => LABELS[status ?? '']));
		expect(all[0]?.total).toBe(`€\u00a0${Number(expected[0]?.[2]).toFixed(2).replace('.', ',')}`);
		expect(all[0]?.currency).toBe('EUR');
		const second = (await get(`/oct8ne/frame/getOrders?customerEmail=sophie.jacobs@example.com&apiToken=${TOKEN}&page=2&pageSize=2`)).json() as OrderBody[];
		expect(second.map((o) => o.reference)).toEqual(all.slice(2, 4).map((o) => o.reference));
	});

	test('getOrders: dates in the shop timezone', async () => {
		const [order] = (await get(`/oct8ne/frame/getOrders?customerEmail=emma.bakker@example.net&apiToken=${TOKEN}&pageSize=100`)).json() as OrderBody[];
		const [[gmt] = []] = await store.query(`SELECT date_created_gmt FROM shop_wc_orders WHERE id = ${order?.reference}`);
		const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(`${gmt}Z`));
		expect(order?.date).toBe(local);
	});

	test('getOrderDetails: Shipment Tracking items, lines, customer-visible notes', async () => {
		const body = (await get(`/oct8ne/frame/getOrderDetails?reference=243&apiToken=${TOKEN}`)).json() as DetailsBody;
		expect(body).toMatchObject({ reference: '243', labelState: 'Completed', carrier: expect.stringMatching(/postnl/i), trackingNumber: '3SWLAB0001008991' });
		const lines = await store.query("SELECT order_item_name FROM shop_woocommerce_order_items WHERE order_id = 243 AND order_item_type = 'line_item' ORDER BY order_item_id");
		expect(body.products.map((p) => p.name)).toEqual(lines.map(([name]) => name));
		expect(body.products.every((p) => Number.isInteger(p.quantity) && p.quantity > 0)).toBe(true);
		const notes = await store.query(`SELECT c.comment_content FROM shop_comments c JOIN shop_commentmeta m ON m.comment_id = c.comment_ID
			AND m.meta_key = 'is_customer_note' AND m.meta_value = '1' WHERE c.comment_post_ID = 243`);
		expect(body.comments.filter((c) => !c.customer).map((c) => c.message).sort()).toEqual(notes.map(([n]) => n).sort());
	});

	test('getOrderDetails: plain tracking meta and the checkout note as a customer comment', async () => {
		const plain = (await get(`/oct8ne/frame/getOrderDetails?reference=140&apiToken=${TOKEN}`)).json() as DetailsBody;
		expect(plain).toMatchObject({ carrier: 'PostNL', trackingNumber: '3SWLAB0001005180', trackingUrl: 'https://jouw.postnl.nl/track-and-trace/3SWLAB0001005180-NL-1082PP' });
		const noted = (await get(`/oct8ne/frame/getOrderDetails?reference=264&apiToken=${TOKEN}`)).json() as DetailsBody;
		const [[note] = []] = await store.query('SELECT customer_note FROM shop_wc_orders WHERE id = 264');
		expect(noted.comments[0]).toEqual({ message: note, customer: true });
	});

	test('getOrderDetails: an unknown reference answers []', async () => {
		expect((await get(`/oct8ne/frame/getOrderDetails?reference=999999&apiToken=${TOKEN}`)).json()).toEqual([]);
	});

	test('getSalesReport: orders recorded with an oct8ne session in the date range, both quote id spellings', async () => {
		await store.query(`INSERT INTO shop_commerce_bridge_oct8ne_sessions (order_id, session_id, created_at) VALUES (243, 'oct8ne-sess-ours', UTC_TIMESTAMP())`);
		// The official plugin's table also recorded two refund ids (259, 261): refunds are no sales.
		const legacy = new Map((await store.query(`SELECT h.cart_id, h.session_id FROM shop_oct8neHistory h
			JOIN shop_posts p ON p.ID = h.cart_id AND p.post_type = 'shop_order'`)).map(([id, s]) => [id, s]));
		expect(legacy.size).toBe(4);
		const body = (await get(`/oct8ne/frame/getSalesReport?from=2026-12-31&to=2026-01-01&apiToken=${TOKEN}`)).json() as Array<Record<string, unknown>>;
		expect(body.map((s) => s.orderId).sort()).toEqual([...legacy.keys(), '243'].sort());
		const ours = body.find((s) => s.orderId === '243');
		expect(ours).toMatchObject({ quoteid: '243', quoteId: '243', sessionId: 'oct8ne-sess-ours', customerId: '25', currency: 'EUR', finalPrice: 35.89, lastAction: expect.stringMatching(/^[CU]$/) });
		const [[count, items] = []] = await store.query(`SELECT COUNT(*), SUM(m.meta_value) FROM shop_woocommerce_order_items i
			JOIN shop_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key = '_qty' WHERE i.order_id = 243 AND i.order_item_type = 'line_item'`);
		expect(ours).toMatchObject({ productsCount: Number(count), itemsCount: Number(items) });
		// The stored line subtotals have 8 decimals (excl. tax); the report carries their sum to the cent.
		const [[subtotal] = []] = await store.query(`SELECT ROUND(SUM(m.meta_value), 2) FROM shop_woocommerce_order_items i
			JOIN shop_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key = '_line_subtotal' WHERE i.order_id = 243 AND i.order_item_type = 'line_item'`);
		expect(ours?.price).toBe(Number(subtotal));
		expect(JSON.stringify(body)).not.toMatch(/\d\.\d{3,}/);
		for (const [id, session] of legacy) expect(body.find((s) => s.orderId === id)?.sessionId).toBe(session);
	});

	test('getSalesReport: the range is whole days in the shop timezone', async () => {
		// Order 243 was created 2026-10-15 20:48:24 UTC = 22:48 in Amsterdam: on the 15th there, not the 16th.
		const day = async (d: string) => ((await get(`/oct8ne/frame/getSalesReport?from=${d}&to=${d}&apiToken=${TOKEN}`)).json() as Array<{ orderId: string }>).map((s) => s.orderId);
		expect(await day('2026-10-15')).toContain('243');
		expect(await day('2026-10-16')).not.toContain('243');
	});

	test('getSalesReport: an unfinished checkout or an order set back to draft is no sale', async () => {
		const [[placed] = []] = await store.query(`SELECT id FROM shop_wc_orders WHERE type = 'shop_order' AND status = 'wc-completed'
			AND id <> 243 AND id NOT IN (SELECT cart_id FROM shop_oct8neHistory) ORDER BY id LIMIT 1`);
		await store.query(`INSERT INTO shop_commerce_bridge_oct8ne_sessions (order_id, session_id, created_at)
			VALUES (${placed}, 'oct8ne-sess-placed', UTC_TIMESTAMP()), (269, 'oct8ne-sess-269', UTC_TIMESTAMP()), (270, 'oct8ne-sess-270', UTC_TIMESTAMP())`);
		const report = async () => ((await get(`/oct8ne/frame/getSalesReport?from=2026-01-01&to=2026-12-31&apiToken=${TOKEN}`)).json() as Array<{ orderId: string }>)
			.map((s) => s.orderId);
		expect(await report()).toContain(placed);
		await store.query(`UPDATE shop_wc_orders SET status = 'draft' WHERE id = ${placed}; UPDATE shop_posts SET post_status = 'draft' WHERE ID = ${placed}`);
		const after = await report();
		for (const id of [placed, '269', '270']) expect(after).not.toContain(id);
	});

	test('getSalesReport: malformed dates are a 400', async () => {
		const res = await get(`/oct8ne/frame/getSalesReport?from=2026-02-30&to=x&apiToken=${TOKEN}`);
		expect(res.statusCode).toBe(400);
		expect(res.json().message).toMatch(/from: .*; to: /);
	});
});
