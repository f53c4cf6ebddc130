import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeedOrder } from './order-feed-repository';
import { unitPricePaid } from '../../woocommerce/orders/order-lines';
import type { LoymaxSettings } from '../settings';
import { lineProductId, orderId, userKeyMode } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { feedQuerySchema, ordersResponse } from './schemas';

function resource(settings: LoymaxSettings, order: FeedOrder, customers: Map<number, string>, skus: Map<number, string>, decimals: number) {
	return {
		type: 'orders' as const,
		id: orderId(settings, order),
		attributes: {
			customerId: order.customerId > 0 ? customers.get(order.customerId) ?? null : null,
			createdAt: order.createdAt,
			updatedAt: order.updatedAt,
			status: order.status,
			total: order.total,
			currency: order.currency,
			lines: order.lines.map((line) => ({
				productId: lineProductId(settings, line, skus),
				quantity: line.quantity,
				price: unitPricePaid(line, decimals),
			})),
		},
	};
}

/** Orders (HPOS or posts, whichever is authoritative); `updatedSince` uses `date_updated_gmt` / `post_modified_gmt`. */
export function ordersFeed(fastify: FastifyInstance): void {
	fastify.withTypeProvider<ZodTypeProvider>().get('/orders', {
		schema: { querystring: feedQuerySchema, response: { 200: ordersResponse } },
	}, async (request) => {
		const page = feedPage(request.query);
		const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
		const found = await fastify.orderFeedRepository.orders({ updatedSince: page.updatedSince, page: page.number, size: page.size });
		const productIds = [...new Set(found.rows.flatMap((o) => o.lines.map((l) => l.productId)))];
		const [customers, skus] = await Promise.all([
			fastify.customerFeedRepository.keys([...new Set(found.rows.map((o) => o.customerId).filter((id) => id > 0))], userKeyMode(settings)),
			settings.productIdMode === 'sku' ? fastify.catalogFeedRepository.skus(productIds) : Promise.resolve(new Map<number, string>()),
		]);
		const data = found.rows.map((order) => resource(settings, order, customers, skus, store.price.decimals));
		return feedDocument(request, store.homeUrl, page, found.total, data);
	});
}
