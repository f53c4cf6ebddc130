import type { FastifyInstance } from 'fastify';
import { PRICE_BUCKETS } from '../../woocommerce/catalog/products-repository';
import { toInfo, toSummary } from './mappers';
import { method } from './method';
import { catalogPricing } from './pricing';
import { productInfoSchema, productsQuerySchema, productSummarySchema, relatedQuerySchema, relatedResponseSchema, searchQuerySchema, searchResponseSchema } from './schemas';
import { z } from 'zod';

const RELATED_LIMIT = 12;

export function productMethods(fastify: FastifyInstance) {
	const products = fastify.productsRepository;
	return {
		productinfo: method(productsQuerySchema, z.array(productInfoSchema), async ({ productIds, ...f }, request) => {
			const [pricing, found] = await Promise.all([catalogPricing(fastify, request, f), products.byIds(productIds)]);
			return found.map((p) => toInfo(pricing, p));
		}),
		productsummary: method(productsQuerySchema, z.array(productSummarySchema), async ({ productIds, ...f }, request) => {
			const [pricing, found] = await Promise.all([catalogPricing(fastify, request, f), products.byIds(productIds)]);
			return found.map((p) => toSummary(pricing, p));
		}),
		productrelated: method(relatedQuerySchema, relatedResponseSchema, async ({ productId, ...f }, request) => {
			const [pricing, related] = await Promise.all([catalogPricing(fastify, request, f), products.related(productId, RELATED_LIMIT)]);
			return { total: related.length, results: related.map((p) => toSummary(pricing, p)) };
		}),
		search: method(searchQuerySchema, searchResponseSchema, async (q, request) => {
			const pricing = await catalogPricing(fastify, request, { locale: q.locale, currency: q.currency });
			const price = q.price === undefined ? undefined : PRICE_BUCKETS.find((b) => `${b.from}-${b.to ?? ''}` === q.price);
			if (q.price !== undefined && !price) return { badRequest: `price: must be one of ${PRICE_BUCKETS.map((b) => `${b.from}-${b.to ?? ''}`).join(', ')}` };
			const text = q.search.trim();
			const skuOnly = text.startsWith('#');
			const result = await products.search({
				text: skuOnly ? text.slice(1) : text, skuOnly, categoryId: q.category, price,
				orderBy: q.orderby ?? q.orderBy ?? 'relevance', dir: q.dir, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
			});
			const label = (b: { from: number; to: number | null }) => (b.to === null ? `${pricing.amount(b.from)}+` : `${pricing.amount(b.from)} - ${pricing.amount(b.to)}`);
			const applied = [
				...(q.category === undefined ? [] : [{ param: 'category', paramLabel: 'Category', value: String(q.category),
					valueLabel: (await products.categories()).find((c) => c.id === q.category)?.name ?? String(q.category) }]),
				...(price ? [{ param: 'price', paramLabel: 'Price range', value: q.price ?? '', valueLabel: label(price) }] : []),
			];
			const available = [
				...(q.category !== undefined || result.categories.length === 0 ? [] : [{ param: 'category', paramLabel: 'Category',
					options: result.categories.map((c) => ({ value: String(c.id), valueLabel: c.name, count: c.count })) }]),
				...(price || result.priceRanges.length === 0 ? [] : [{ param: 'price', paramLabel: 'Price range',
					options: result.priceRanges.map((r) => ({ value: `${r.from}-${r.to ?? ''}`, valueLabel: label(r), count: r.count })) }]),
			];
			return { total: result.total, results: result.products.map((p) => toSummary(pricing, p)), filters: { applied, available } };
		}),
	};
}
