import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userKeyMode } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { customerResource } from './mappers';
import { customersResponse, type FeedQuery, feedQuerySchema } from './schemas';

async function customersDocument(fastify: FastifyInstance, request: FastifyRequest, query: FeedQuery) {
	const page = feedPage(query);
	const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
	const found = await fastify.customerFeedRepository.customers({
		keyMode: userKeyMode(settings), updatedSince: page.updatedSince, page: page.number, size: page.size,
	});
	return feedDocument(request, store.homeUrl, page, found.total, found.rows.map(customerResource));
}

/** Registered customers keyed by `userIdMode`; `updatedSince` uses `user_registered` and WooCommerce's `last_update` meta. */
const customers: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/customers', {
		schema: { querystring: feedQuerySchema, response: { 200: customersResponse } },
	}, async (request) => customersDocument(fastify, request, request.query));
};

export default customers;
