import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toBelcoOrder } from './mappers';
import { type OrdersQuery, ordersQuerySchema, ordersResponseSchema } from './schemas';

/** One page of the customer's orders (by e-mail and/or phone) and how many there are in all. */
async function ordersPage(fastify: FastifyInstance, { email, phoneNumber, page, limit }: OrdersQuery) {
	const [found, store] = await Promise.all([
		fastify.ordersRepository.find({ email, phone: phoneNumber }, { limit, offset: (page - 1) * limit }),
		fastify.storeRepository.get(),
	]);
	return { total: found.total, orders: found.orders.map((order) => toBelcoOrder(order, store)) };
}

/** Belco "Custom orders": the customer's orders by e-mail and/or phone, newest first, paged. */
const orders: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/commerce-bridge/belco/orders', {
		schema: { querystring: ordersQuerySchema, response: { 200: ordersResponseSchema } },
	}, async (request, reply) => {
		const { total, orders: page } = await ordersPage(fastify, request.query);
		void reply.header('x-total-count', String(total));
		return { orders: page };
	});
};

export default orders;
