import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { frameCsp, renderFrame, renderNoCustomer } from './frame-html';
import { frameQuerySchema } from './schemas';

export const FRAME_RECENT_ORDERS = 5;

/** The customer card for `email`: the account (if any), recent orders, paid-order statistics and open cart. */
async function customerCard(fastify: FastifyInstance, email: string | undefined, nonce: string): Promise<string> {
	if (!email) return renderNoCustomer('', nonce);
	const customer = await fastify.customersRepository.byEmail(email);
	const criteria = customer ? { email, customerId: customer.id } : { email };
	const [found, stats, cart, store] = await Promise.all([
		fastify.ordersRepository.find(criteria, { limit: FRAME_RECENT_ORDERS, offset: 0 }),
		customer ? customer.stats : fastify.ordersRepository.paidStats(criteria),
		customer ? fastify.customersRepository.openCart(String(customer.id)) : null,
		fastify.storeRepository.get(),
	]);
	if (!customer && found.total === 0) return renderNoCustomer(email, nonce);
	return renderFrame({ store, email, customer, stats, orders: found.orders, orderCount: found.total, cart }, nonce);
}

/** Belco "Custom frame": the customer card shown to agents inside app.belco.io. */
const frame: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/commerce-bridge/belco/frame', { schema: { querystring: frameQuerySchema } }, async (request, reply) => {
		const nonce = randomBytes(16).toString('base64');
		void reply.type('text/html; charset=utf-8').header('content-security-policy', frameCsp(nonce));
		return customerCard(fastify, request.query.email, nonce);
	});
};

export default frame;
