import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { HPOS_DATABASE, stackDb } from '../../stack';

describe('customers repository', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	test('finds a customer by e-mail in any letter case, with billing profile and registration date', async () => {
		const [registered] = (await stackDb().sql(`SELECT DATE_FORMAT(user_registered, '%Y-%m-%dT%H:%i:%sZ') FROM shop_users WHERE ID = 18`, HPOS_DATABASE)).split('\n');
		const customer = await app.customersRepository.byEmail('Lotte.Claes@Example.BE');
		expect(customer).toMatchObject({ id: 18, firstName: 'Lotte', lastName: 'Claes', country: 'BE', phone: '+32 470 12 34 56', registeredAt: registered });
	});

	// Belco's widget and frame both show these: paid statuses, placed by the account or with its e-mail at a guest checkout, net of refunds.
	test.each([2, 18])('paid statistics of customer %i include guest orders placed with the account e-mail', async (id) => {
		const customer = await app.customersRepository.byId(id);
		const direct = await app.ordersRepository.paidStats({ customerId: id });
		expect(customer?.stats.orderCount).toBeGreaterThan(direct.orderCount);
		const [[count, spent, last] = []] = (await stackDb().sql(`SELECT COUNT(*), ROUND(SUM(o.total_amount + COALESCE(
			(SELECT SUM(r.total_amount) FROM shop_wc_orders r WHERE r.parent_order_id = o.id AND r.type = 'shop_order_refund'), 0)), 2),
			DATE_FORMAT(MAX(o.date_created_gmt), '%Y-%m-%dT%H:%i:%sZ')
			FROM shop_wc_orders o JOIN shop_users u ON u.ID = ${id}
			WHERE o.type = 'shop_order' AND o.status IN ('wc-processing', 'wc-completed') AND (o.customer_id = u.ID OR LOWER(o.billing_email) = LOWER(u.user_email))`,
		HPOS_DATABASE)).split('\n').map((line) => line.split('\t'));
		expect(customer?.stats).toEqual({ orderCount: Number(count), totalSpent: Number(spent), lastOrderAt: last });
	});

	test('unknown customers are null', async () => {
		expect(await app.customersRepository.byEmail('nobody@example.com')).toBeNull();
		expect(await app.customersRepository.byId(999999)).toBeNull();
	});

	test('the open cart comes from the session keyed by the user id', async () => {
		const cart = await app.customersRepository.openCart('21');
		expect(cart?.lines.map((l) => [l.variationId || l.productId, l.quantity])).toEqual([[110, 1], [67, 2]]);
		// Amounts as Jonas's cart shows them (the store displays prices incl. tax): each line's subtotal with
		// its tax as WooCommerce stored it, rounded to cents, adding up to the cart's subtotal row.
		expect(cart?.lines.map((l) => l.subtotal)).toEqual(cart?.lines.map((l) => Math.round((l.lineSubtotal + l.lineSubtotalTax) * 100) / 100));
		expect(Math.round((cart?.lines ?? []).reduce((sum, l) => sum + l.subtotal, 0) * 100) / 100).toBe(cart?.subtotal);
		expect(await app.customersRepository.openCart('3')).toBeNull();
	});
});
