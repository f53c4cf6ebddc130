import type { FastifyInstance } from 'fastify';
import { PRICE_BUCKETS } from '../../repositories/products-repository';
import { toInfo, toSummary, type Formatting } from './mappers';
import { method } from './method';
import { productInfoSchema, productsQuerySchema, productSummarySchema, relatedQuerySchema, relatedResponseSchema, searchQuerySchema, searchResponseSchema } from './schemas';
import { z } from 'zod';

const RELATED_LIMIT = 12;

export function productMethods(fastify: FastifyInstance) {
	const store = fastify.storeRepository;
	const products = fastify.productsRepository;
	const summaries = (list: Awaited<ReturnType<typeof products.byIds>>, f: Formatting) => Promise.all(list.map((p) => toSummary(store, p, f)));
	return {
		productinfo: method(productsQuerySchema, z.array(productInfoSchema), async ({ productIds, ...f }) =>
			Promise.all((await products.byIds(productIds)).map((p) => toInfo(store, p, f)))),
		productsummary: method(productsQuerySchema, z.array(productSummarySchema), async ({ productIds, ...f }) =>
			summaries(await products.byIds(productIds), f)),
		productrelated: method(relatedQuerySchema, relatedResponseSchema, async ({ productId, ...f }) => {
			const related = await products.related(productId, RELATED_LIMIT);
			return { total: related.length, results: await summaries(related, f) };
		}),
		search: method(searchQuerySchema, searchResponseSchema, async (q) => {
			const f = { locale: q.locale, currency: q.currency };
			const price = q.price === undefined ? undefined : PRICE_BUCKETS.find((b) => `${b.from}-${b.to ?? ''}` === q.price);
			if (q.price !== undefined && !price) return { badRequest: `price: must be one of ${PRICE_BUCKETS.map((b) => `${b.from}-${b.to ?? ''}`).join(', ')}` };
			const text = q.search.trim();
			const skuOnly = text.startsWith('#');
			const result = await products.search({
				text: skuOnly ? text.slice(1) : text, skuOnly, categoryId: q.category, price,
				orderBy: q.orderby ?? q.orderBy ?? 'relevance', dir: q.dir, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
			});
			const label = (b: { from: number; to: number | null }) => Promise.all([store.formatPrice(b.from, f), b.to === null ? null : store.formatPrice(b.to, f)])
				.then(([from, to]) => (to === null ? `${from}+` : `${from} - ${to}`));
			const applied = [
				...(q.category === undefined ? [] : [{ param: 'category', paramLabel: 'Category', value: String(q.category),
					valueLabel: (await products.categories()).find((c) => c.id === q.category)?.name ?? String(q.category) }]),
				...(price ? [{ param: 'price', paramLabel: 'Price range', value: q.price ?? '', valueLabel: await label(price) }] : []),
			];
			const available = [
				...(q.category !== undefined || result.categories.length === 0 ? [] : [{ param: 'category', paramLabel: 'Category',
					options: result.categories.map((c) => ({ value: String(c.id), valueLabel: c.name, count: c.count })) }]),
				...(price || result.priceRanges.length === 0 ? [] : [{ param: 'price', paramLabel: 'Price range',
					options: await Promise.all(result.priceRanges.map(async (r) => ({ value: `${r.from}-${r.to ?? ''}`, valueLabel: await label(r), count: r.count }))) }]),
			];
			return { total: result.total, results: await summaries(result.products, f), filters: { applied, available } };
		}),
	};
}
