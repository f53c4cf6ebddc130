import type { FastifyInstance } from 'fastify';
import { build, identityHeaders } from '../helper';

const URL = '/commerce-bridge/core/shopper';
const GUEST_SESSION = 't_172b68a7e2f4c9dcf34f79013961ad';

describe('GET /commerce-bridge/core/shopper', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	const shopper = async (headers: Record<string, string>) => {
		const response = await app.inject({ method: 'GET', url: URL, headers });
		expect(response.statusCode).toBe(200);
		expect(response.headers['cache-control']).toBe('no-store, private');
		return response.json();
	};

	it('gives a signed customer the profile and paid-order statistics the customers repository owns', async () => {
		const answer = await shopper(identityHeaders('GET', URL, { user: 21, session: '21' }));
		const { stats, ...profile } = (await app.customersRepository.byId(21))!;
		expect(answer.customer).toEqual({ ...profile, orderCount: stats.orderCount, totalSpent: stats.totalSpent, lastOrderAt: stats.lastOrderAt });
		expect(answer.customer.firstName).not.toBe('');
	});

	it('prices the cart as the cart display does and links a variation with its chosen attributes', async () => {
		const answer = await shopper(identityHeaders('GET', URL, { user: 21, session: '21' }));
		const open = (await app.customersRepository.openCart('21'))!;
		expect(answer.cart).toMatchObject({ subtotal: open.subtotal, total: open.total, itemCount: 3 });
		expect(answer.cart.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(open.lines.map((l) => l.unitPrice));
		const [sneaker, socks] = answer.cart.lines;
		expect(sneaker).toMatchObject({ productId: 102, variationId: 110 });
		expect(sneaker.url).toMatch(/[?&]attribute_pa_[a-z-]+=/);
		expect(socks.url).not.toContain('?attribute_');
		expect(socks.url).toMatch(/^https?:\/\//);
	});

	it('gives a signed guest session its cart and no customer', async () => {
		const answer = await shopper(identityHeaders('GET', URL, { user: 0, session: GUEST_SESSION }));
		expect(answer.customer).toBeNull();
		expect(answer.cart.lines.map((l: { productId: number; quantity: number }) => [l.productId, l.quantity])).toEqual([[11, 1], [14, 2], [16, 1]]);
	});

	it('answers an unsigned request, or one another page made, with nobody and an empty cart', async () => {
		const empty = { customer: null, cart: expect.objectContaining({ lines: [], subtotal: 0, total: 0, itemCount: 0 }) };
		expect(await shopper({})).toEqual(empty);
		expect(await shopper({ ...identityHeaders('GET', URL, { user: 21, session: '21' }), 'sec-fetch-site': 'cross-site' })).toEqual(empty);
		expect(await shopper(identityHeaders('GET', URL, { user: 21, session: '21', secret: 'another-secret-another-secret-0000' }))).toEqual(empty);
	});
});
