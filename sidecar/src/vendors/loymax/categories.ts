import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CategoryChanges } from './category-changes';
import type { FeedCategory } from './catalog-feed-repository';
import type { LoymaxSettings } from '../settings';
import { categoryId } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { categoriesResponse, feedQuerySchema } from './schemas';

type CategoryResource = { type: 'categories'; id: string; attributes: { parentId: string | null; name: string; url: string; deleted: boolean } };

/**
 * The categories of a pull: every one, or with `updatedSince` those the plugin recorded as changed
 * since (a renamed parent changes its children's URLs, so they count too) and those it has no record
 * of, followed by the deleted ones as `deleted: true` resources with empty name and URL.
 */
function resources(settings: LoymaxSettings, all: FeedCategory[], changes: CategoryChanges | null): CategoryResource[] {
	const byId = new Map(all.map((c) => [c.id, c]));
	const listed = changes ? all.filter((c) => changes.changed.has(c.id) || !changes.recorded.has(c.id)) : all;
	const live = listed.map((c): CategoryResource => {
		const parent = byId.get(c.parent);
		return { type: 'categories', id: categoryId(settings, c), attributes: { parentId: parent ? categoryId(settings, parent) : null, name: c.name, url: c.url, deleted: false } };
	});
	const gone = (changes?.deleted ?? []).map((c): CategoryResource => ({
		type: 'categories', id: categoryId(settings, c), attributes: { parentId: null, name: '', url: '', deleted: true },
	}));
	return [...live, ...gone];
}

/** The category classifier; `updatedSince` uses the plugin's record of term changes (CategoryChanges.php). */
export function categoriesFeed(fastify: FastifyInstance): void {
	fastify.withTypeProvider<ZodTypeProvider>().get('/categories', {
		schema: { querystring: feedQuerySchema, response: { 200: categoriesResponse } },
	}, async (request) => {
		const page = feedPage(request.query);
		const repository = fastify.catalogFeedRepository;
		const [settings, store, all, changes] = await Promise.all([
			fastify.settingsRepository.get('loymax'), fastify.storeRepository.get(), repository.categories(),
			page.updatedSince === null ? null : repository.categoryChanges(page.updatedSince),
		]);
		const found = resources(settings, all, changes);
		const data = found.slice((page.number - 1) * page.size, page.number * page.size);
		return feedDocument(request, store.homeUrl, page, found.length, data);
	});
}
