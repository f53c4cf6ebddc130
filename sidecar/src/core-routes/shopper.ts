import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { variationUrl } from '../woocommerce/store/permalinks';
import type { CustomerWithStats } from '../woocommerce/customers/customers-repository';
import { shopperResponseSchema } from './schemas';

type ShopperCart = z.infer<typeof shopperResponseSchema>['cart'];

function customerOf(found: CustomerWithStats | null) {
	if (!found) return null;
	const { stats, ...customer } = found;
	return { ...customer, orderCount: stats.orderCount, totalSpent: stats.totalSpent, lastOrderAt: stats.lastOrderAt };
}

/** The session's cart with product links (WooCommerce's variation link preselects the chosen attributes). */
async function cartOf(fastify: FastifyInstance, session: string | null): Promise<ShopperCart> {
	const [store, cart] = await Promise.all([fastify.storeRepository.get(), session ? fastify.customersRepository.openCart(session) : null]);
	const empty = { currency: store.price.currency, subtotal: 0, total: 0, itemCount: 0, lines: [] };
	if (!cart) return empty;
	const urls = new Map((await fastify.productsRepository.byIds(cart.lines.map((l) => l.productId), 'any')).map((p) => [p.id, p.url]));
	const lines = cart.lines.map((line) => {
		const chosen = Object.entries(line.variation).map(([key, value]): [string, string] => [key.replace(/^attribute_/, ''), value]);
		const url = urls.get(line.productId) ?? '';
		return { ...line, url: url && line.variationId ? variationUrl(url, chosen) : url };
	});
	return { currency: store.price.currency, subtotal: cart.subtotal, total: cart.total ?? cart.subtotal, itemCount: cart.itemCount, lines };
}

/**
 * The verified shopper's profile and cart: the one owner of the customer's name, paid-order statistics and
 * cart prices that the plugin's shopper routes (Belco widget, Bambuser shopper) show. Unsigned, or made by
 * another page: a guest without cart.
 */
const shopper: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/commerce-bridge/core/shopper', { schema: { response: { 200: shopperResponseSchema } } }, async (request: FastifyRequest, reply) => {
		void reply.header('cache-control', 'no-store, private');
		const { userId, session, verified } = request.identity;
		const [customer, cart] = await Promise.all([
			verified && userId > 0 ? fastify.customersRepository.byId(userId) : null,
			cartOf(fastify, verified ? session : null),
		]);
		return { customer: customerOf(customer), cart };
	});
};

export default shopper;
