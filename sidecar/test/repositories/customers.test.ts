import type { FastifyInstance } from 'fastify';
import { build } from '../helper';
import { HPOS_DATABASE, stackDb } from '../stack';

describe('customers repository', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	test('finds a customer by e-mail in any letter case, with billing profile and registration date', async () => {
		const [registered] = (await stackDb().sql(`SELECT DATE_FORMAT(user_registered, '%Y-%m-%dT%H:%i:%sZ') FROM shop_users WHERE ID = 18`, HPOS_DATABASE)).split('\n');
		const customer = await app.customersRepository.byEmail('Lotte.Claes@Example.BE');
		expect(customer).toMatchObject({ id: 18, firstName: 'Lotte', lastName: 'Claes', country: 'BE', phone: '+32 470 12 34 56', registeredAt: registered });
	});

	test('paid statistics include guest orders placed with the account e-mail', async () => {
		const customer = await app.customersRepository.byId(18);
		const direct = await app.ordersRepository.paidStats({ customerId: 18 });
		expect(customer?.stats.orderCount).toBeGreaterThan(direct.orderCount);
	});

	test('unknown customers are null', async () => {
		expect(await app.customersRepository.byEmail('nobody@example.com')).toBeNull();
		expect(await app.customersRepository.byId(999999)).toBeNull();
	});

	test('the open cart comes from the session keyed by the user id', async () => {
		const cart = await app.customersRepository.openCart(21);
		expect(cart?.lines.map((l) => [l.variationId || l.productId, l.quantity])).toEqual([[110, 1], [67, 2]]);
		// Amounts as Jonas's cart shows them (the store displays prices incl. tax): each line's subtotal with
		// its tax as WooCommerce stored it, rounded to cents, adding up to the cart's subtotal row.
		expect(cart?.lines.map((l) => l.subtotal)).toEqual(cart?.lines.map((l) => Math.round((l.lineSubtotal + l.lineSubtotalTax) * 100) / 100));
		expect(Math.round((cart?.lines ?? []).reduce((sum, l) => sum + l.subtotal, 0) * 100) / 100).toBe(cart?.subtotal);
		expect(await app.customersRepository.openCart(3)).toBeNull();
	});
});
