import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { categoryId } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { categoriesResponse, feedQuerySchema } from './schemas';

/**
 * The category classifier. WordPress keeps no modification time for terms, so `updatedSince` is
 * accepted but the (small) classifier is always complete: a pull never misses a renamed category.
 */
export function categoriesFeed(fastify: FastifyInstance): void {
	fastify.withTypeProvider<ZodTypeProvider>().get('/categories', {
		schema: { querystring: feedQuerySchema, response: { 200: categoriesResponse } },
	}, async (request) => {
		const page = feedPage(request.query);
		const [settings, store, all] = await Promise.all([
			fastify.settingsRepository.get('loymax'), fastify.storeRepository.get(), fastify.catalogFeedRepository.categories(),
		]);
		const byId = new Map(all.map((c) => [c.id, c]));
		const data = all.slice((page.number - 1) * page.size, page.number * page.size).map((c) => {
			const parent = byId.get(c.parent);
			return { type: 'categories' as const, id: categoryId(settings, c), attributes: { parentId: parent ? categoryId(settings, parent) : null, name: c.name, url: c.url } };
		});
		return feedDocument(request, store.homeUrl, page, all.length, data);
	});
}
