import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';

describe('sessions repository on the fixture', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	const lines = async (key: string) =>
		(await app.sessionsRepository.getSession(key))?.cart.map((l) => [l.productId, l.variationId, l.quantity]);

	it('reads the four carts of the fixture', async () => {
		expect(await lines('t_172b68a7e2f4c9dcf34f79013961ad')).toEqual([[11, 29, 1], [14, 0, 2], [16, 0, 1]]);
		expect(await lines('t_0c6e99b22dbaef30e36e979f8c154d')).toEqual([[102, 114, 1], [80, 0, 1]]);
		expect(await lines('2')).toEqual([[57, 0, 1], [69, 0, 2], [118, 121, 1]]);
		expect(await lines('21')).toEqual([[102, 110, 1], [67, 0, 2]]);
	});

	it('maps a cart line with its amounts and variation attributes', async () => {
		const session = await app.sessionsRepository.getSession('t_172b68a7e2f4c9dcf34f79013961ad');
		expect(session?.cart[0]).toEqual({
			key: '54afb83e157339393e36b121dd3332bd', productId: 11, variationId: 29, quantity: 1,
			lineSubtotal: 37.19008264, lineSubtotalTax: 7.81, lineTotal: 37.19008264, lineTax: 7.81,
			variation: { attribute_logo: 'No', attribute_pa_color: 'blue' },
		});
		expect(session?.cart[1]?.variation).toEqual({});
		expect(session?.totals).toMatchObject({ subtotal: 80.16, subtotalTax: 16.84, shippingTotal: 4.95, total: 102.99, totalTax: 17.88, discountTotal: 0 });
		expect(session?.customerEmail).toBeNull();
		expect(session?.appliedCoupons).toEqual([]);
	});

	it('reads coupons and the e-mail a guest typed at checkout', async () => {
		const session = await app.sessionsRepository.getSession('t_0c6e99b22dbaef30e36e979f8c154d');
		expect(session?.appliedCoupons).toEqual(['zomer5']);
		expect(session?.customerEmail).toBe('pieter.kok@example.com');
		expect(session?.totals?.discountTotal).toBeCloseTo(4.35969368, 8);
		expect(session?.totals?.total).toBe(125.93);
	});

	it('answers null for unknown and expired sessions', async () => {
		expect(await app.sessionsRepository.getSession('t_doesnotexist')).toBeNull();
		expect(await app.sessionsRepository.getSession("2' OR '1'='1")).toBeNull();
	});
});
