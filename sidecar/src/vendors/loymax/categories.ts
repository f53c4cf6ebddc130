import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { feedDocument, feedPage } from './jsonapi';
import { categoryResources } from './mappers';
import { categoriesResponse, type FeedQuery, feedQuerySchema } from './schemas';

async function categoriesDocument(fastify: FastifyInstance, request: FastifyRequest, query: FeedQuery) {
	const page = feedPage(query);
	const [settings, store, all, changes] = await Promise.all([
		fastify.settingsRepository.get('loymax'), fastify.storeRepository.get(), fastify.catalogFeedRepository.categories(),
		page.updatedSince === null ? null : fastify.categoryChangesRepository.since(page.updatedSince),
	]);
	const found = categoryResources(settings, all, changes);
	const data = found.slice((page.number - 1) * page.size, page.number * page.size);
	return feedDocument(request, store.homeUrl, page, found.length, data);
}

/** The category classifier; `updatedSince` uses the plugin's record of term changes (CategoryChanges.php). */
const categories: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/categories', {
		schema: { querystring: feedQuerySchema, response: { 200: categoriesResponse } },
	}, async (request) => categoriesDocument(fastify, request, request.query));
};

export default categories;
