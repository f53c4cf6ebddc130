import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { feedDocument, feedPage } from './jsonapi';
import { productResource } from './mappers';
import { type FeedQuery, feedQuerySchema, productsResponse } from './schemas';

async function productsDocument(fastify: FastifyInstance, request: FastifyRequest, query: FeedQuery) {
	const page = feedPage(query);
	const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
	const found = await fastify.catalogFeedRepository.products({
		variations: settings.productIdMode === 'variation', updatedSince: page.updatedSince, page: page.number, size: page.size,
	});
	const data = found.rows.map((row) => productResource(settings, store.price.currency, row));
	return feedDocument(request, store.homeUrl, page, found.total, data);
}

/** The product directory; with `productIdMode` 'variation' each variation is a row with its product as parent. */
const products: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/products', {
		schema: { querystring: feedQuerySchema, response: { 200: productsResponse } },
	}, async (request) => productsDocument(fastify, request, request.query));
};

export default products;
