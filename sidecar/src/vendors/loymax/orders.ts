import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userKeyMode } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { orderResource } from './mappers';
import { type FeedQuery, feedQuerySchema, ordersResponse } from './schemas';

async function ordersDocument(fastify: FastifyInstance, request: FastifyRequest, query: FeedQuery) {
	const page = feedPage(query);
	const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
	const found = await fastify.orderFeedRepository.orders({ updatedSince: page.updatedSince, page: page.number, size: page.size });
	const productIds = [...new Set(found.rows.flatMap((o) => o.lines.map((l) => l.productId)))];
	const [customers, skus] = await Promise.all([
		fastify.customerFeedRepository.keys([...new Set(found.rows.map((o) => o.customerId).filter((id) => id > 0))], userKeyMode(settings)),
		settings.productIdMode === 'sku' ? fastify.catalogFeedRepository.skus(productIds) : Promise.resolve(new Map<number, string>()),
	]);
	const data = found.rows.map((order) => orderResource(settings, order, customers, skus, store.price.decimals));
	return feedDocument(request, store.homeUrl, page, found.total, data);
}

/** Orders (HPOS or posts, whichever is authoritative); `updatedSince` uses `date_updated_gmt` / `post_modified_gmt`. */
const orders: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/orders', {
		schema: { querystring: feedQuerySchema, response: { 200: ordersResponse } },
	}, async (request) => ordersDocument(fastify, request, request.query));
};

export default orders;
