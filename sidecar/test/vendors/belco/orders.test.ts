import { BELCO_TOKEN, belcoApp, type BelcoApp, fixtureRows } from './belco-helper';

interface BelcoOrder {
	id: string; note: string; number: string; date: string; createdAt: string; updatedAt: string; status: string;
	currency: string; products: Array<{ name: string; quantity: number; price: number }>; total: number; url: string;
	totalRefunded: number; refunds: Array<{ id: string; date: string; amount: number; reason: string }>;
}

const url = (query: Record<string, string>) => `/commerce-bridge/belco/orders?${new URLSearchParams(query)}`;

describe.each([{ hpos: true }, { hpos: false }])('Belco orders API (hpos: $hpos)', ({ hpos }) => {
	let sidecar: BelcoApp;
	beforeAll(async () => (sidecar = await belcoApp({ hpos })));
	afterAll(() => sidecar.close());

	const get = async (query: Record<string, string>) => {
		const res = await sidecar.get(url({ token: BELCO_TOKEN, ...query }));
		return { res, orders: (res.json() as { orders: BelcoOrder[] }).orders };
	};

	test('e-mail in another letter case finds guest and account orders, newest first', async () => {
		const expected = await fixtureRows(`SELECT id FROM shop_wc_orders WHERE type = 'shop_order' AND status <> 'wc-checkout-draft'
			AND (billing_email = 'lotte.claes@example.be' OR customer_id = 18) ORDER BY date_created_gmt DESC`);
		const { res, orders } = await get({ email: 'Lotte.Claes@EXAMPLE.be', phoneNumber: '' });
		expect(res.statusCode).toBe(200);
		expect(res.headers['cache-control']).toBe('no-store');
		expect(orders.map((o) => o.id)).toEqual(expected.map((r) => r[0]));
		expect(expected.length).toBeGreaterThanOrEqual(2);
	});

	test('an order has exactly the seed fields with ISO dates, a view-order URL and unit prices incl. tax', async () => {
		const { orders } = await get({ email: 'finn.mulder@example.com' });
		const order = orders.find((o) => o.id === '264');
		const [created, updated, total, note] = (await fixtureRows(`SELECT DATE_FORMAT(date_created_gmt, '%Y-%m-%dT%H:%i:%sZ'),
			DATE_FORMAT(date_updated_gmt, '%Y-%m-%dT%H:%i:%sZ'), total_amount, customer_note FROM shop_wc_orders WHERE id = 264`))[0] ?? [];
		expect(order).toMatchObject({ number: '264', date: created, createdAt: created, updatedAt: updated, status: 'completed', currency: 'EUR',
			total: Number(total), note, url: 'http://127.0.0.1:8080/my-account/view-order/264/' });
		const lines = await fixtureRows(`SELECT i.order_item_name, q.meta_value, t.meta_value + x.meta_value FROM shop_woocommerce_order_items i
			JOIN shop_woocommerce_order_itemmeta q ON q.order_item_id = i.order_item_id AND q.meta_key = '_qty'
			JOIN shop_woocommerce_order_itemmeta t ON t.order_item_id = i.order_item_id AND t.meta_key = '_line_total'
			JOIN shop_woocommerce_order_itemmeta x ON x.order_item_id = i.order_item_id AND x.meta_key = '_line_tax'
			WHERE i.order_id = 264 AND i.order_item_type = 'line_item' ORDER BY i.order_item_id`);
		expect(order?.products).toEqual(lines.map(([name, qty, lineTotal]) => ({
			name, quantity: Number(qty), price: Math.round((Number(lineTotal) / Number(qty)) * 100) / 100,
		})));
	});

	test('phone numbers in other formats match (+CC, 00CC, national 0, dots, brackets)', async () => {
		const expected = await fixtureRows(`SELECT o.id FROM shop_wc_orders o JOIN shop_wc_order_addresses a ON a.order_id = o.id AND a.address_type = 'billing'
			WHERE o.type = 'shop_order' AND o.status <> 'wc-checkout-draft' AND (a.phone = '+31 (0)20 1234567' OR o.customer_id = 4) ORDER BY o.date_created_gmt DESC`);
		for (const phoneNumber of ['020-1234567', '0031 20 123 45 67', '+31201234567', '(020) 123.45.67']) {
			const { orders } = await get({ email: '', phoneNumber });
			expect(orders.map((o) => o.id)).toEqual(expected.map((r) => r[0]));
		}
		expect((await get({ phoneNumber: '+32 20 1234567' })).orders).toEqual([]);
	});

	test('a guest order is found by its billing e-mail', async () => {
		const { orders } = await get({ email: 'HANNAH.BECKER@example.de' });
		expect(orders.map((o) => o.id)).toContain('218');
	});

	test('refunds are attached to their order, never listed as orders', async () => {
		const refunds = await fixtureRows(`SELECT r.parent_order_id, r.id, -r.total_amount FROM shop_wc_orders r WHERE r.type = 'shop_order_refund'
			AND r.parent_order_id IN (138, 140) ORDER BY r.id`);
		const anna = (await get({ email: 'anna.hendriks@example.net', limit: '50' })).orders;
		const emma = (await get({ email: 'emma.bakker@example.net', limit: '50' })).orders;
		const all = [...anna, ...emma];
		for (const [parent, id, amount] of refunds) {
			const order = all.find((o) => o.id === parent);
			expect(order?.refunds).toContainEqual(expect.objectContaining({ id, amount: Number(amount) }));
			expect(all.some((o) => o.id === id)).toBe(false);
		}
		const full = all.find((o) => o.id === '138');
		expect(full).toMatchObject({ status: 'refunded', totalRefunded: full?.total });
		expect(all.find((o) => o.id === '140')).toMatchObject({ total: 73, totalRefunded: 55 });
	});

	test('pages are capped and continue where the previous one stopped', async () => {
		const whole = (await get({ email: 'sanne.devries@example.com', limit: '50' })).orders.map((o) => o.id);
		const first = await get({ email: 'sanne.devries@example.com', limit: '2', page: '1' });
		const second = await get({ email: 'sanne.devries@example.com', limit: '2', page: '2' });
		expect(first.res.headers['x-total-count']).toBe(String(whole.length));
		expect([...first.orders, ...second.orders].map((o) => o.id)).toEqual(whole.slice(0, 4));
		expect(whole.length).toBeGreaterThan(2);
	});

	test('no e-mail and no phone finds nothing', async () => {
		expect((await get({ email: '', phoneNumber: '' })).orders).toEqual([]);
	});
});
