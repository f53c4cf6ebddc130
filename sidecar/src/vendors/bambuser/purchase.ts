import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tokensEqual } from '../../lib/tokens';
import { orderExtras, orderKey } from '../../woocommerce/orders/order-extras';
import { unitPricePaid } from '../../woocommerce/orders/order-lines';
import { type PurchaseQuery, purchaseQuerySchema, purchaseResponse } from './schemas';

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Bambuser's `purchase` shopper event for one order (`window._bambuser.track('purchase', …)`): the
 * order key is the proof, as on WooCommerce's order-received page; null when the order or key is wrong.
 * Product ids are the ones hydration hands out (variation, else product id), prices what was paid.
 */
export async function purchaseEvent(fastify: FastifyInstance, { order: orderId, key }: PurchaseQuery) {
	const hpos = (await fastify.ordersRepository.storageKind()) === 'hpos';
	const [order, expected, store] = await Promise.all([
		fastify.ordersRepository.findById(orderId), orderKey(fastify.mysql.read, fastify.config.tablePrefix, hpos, orderId), fastify.storeRepository.get(),
	]);
	if (!order || !tokensEqual(key, expected)) return null;
	const { decimals } = store.price;
	const { shippingCost, shippingMethod, coupon } = await orderExtras(fastify.mysql.read, fastify.config.tablePrefix, orderId);
	return {
		purchase: {
			id: order.number, currency: order.currency, total: order.total, tax: order.totalTax,
			subtotal: round(order.lines.reduce((sum, line) => sum + line.subtotal, 0), decimals), shippingCost: round(shippingCost, decimals),
			...(shippingMethod ? { shippingMethod } : {}), ...(coupon ? { coupon } : {}),
		},
		products: order.lines.map((line) => ({
			id: String(line.variationId || line.productId), name: line.name, price: unitPricePaid(line, decimals), currency: order.currency, quantity: line.quantity,
		})),
	};
}

/** GET /purchase?order=271&key=wc_order_…: the order's purchase event (private: the order key is the proof). */
const purchase: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/purchase', {
		schema: { querystring: purchaseQuerySchema, response: { 200: purchaseResponse } },
	}, async (request, reply) => {
		void reply.header('cache-control', 'private, no-store');
		return (await purchaseEvent(fastify, request.query)) ?? reply.callNotFound();
	});
};

export default purchase;
