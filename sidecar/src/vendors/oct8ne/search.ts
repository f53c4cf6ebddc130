import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { PRICE_BUCKETS, type ProductSearchResult } from '../../woocommerce/catalog/products-repository';
import type { BadRequest } from './method';
import { toSummary } from './mappers';
import { catalogPricing, type Pricing } from './pricing';
import type { searchQuerySchema, searchResponseSchema } from './schemas';

type SearchQuery = z.output<typeof searchQuerySchema>;
type PriceBucket = { from: number; to: number | null };

const bucketValue = (b: PriceBucket) => `${b.from}-${b.to ?? ''}`;

/** The filters oct8ne shows: those applied (with their labels) and those still available (with counts). */
async function searchFilters(fastify: FastifyInstance, q: SearchQuery, price: PriceBucket | undefined, result: ProductSearchResult, pricing: Pricing) {
	const label = (b: PriceBucket) => (b.to === null ? `${pricing.amount(b.from)}+` : `${pricing.amount(b.from)} - ${pricing.amount(b.to)}`);
	const applied = [
		...(q.category === undefined ? [] : [{ param: 'category', paramLabel: 'Category', value: String(q.category),
			valueLabel: (await fastify.productsRepository.categories()).find((c) => c.id === q.category)?.name ?? String(q.category) }]),
		...(price ? [{ param: 'price', paramLabel: 'Price range', value: q.price ?? '', valueLabel: label(price) }] : []),
	];
	const available = [
		...(q.category !== undefined || result.categories.length === 0 ? [] : [{ param: 'category', paramLabel: 'Category',
			options: result.categories.map((c) => ({ value: String(c.id), valueLabel: c.name, count: c.count })) }]),
		...(price || result.priceRanges.length === 0 ? [] : [{ param: 'price', paramLabel: 'Price range',
			options: result.priceRanges.map((r) => ({ value: bucketValue(r), valueLabel: label(r), count: r.count })) }]),
	];
	return { applied, available };
}

/** oct8ne's `search`: a page of matches (`#SKU` looks up a SKU only), priced for the request, with its filters. */
export async function searchAnswer(fastify: FastifyInstance, q: SearchQuery, request: FastifyRequest): Promise<z.input<typeof searchResponseSchema> | BadRequest> {
	const pricing = await catalogPricing(fastify, request, { locale: q.locale, currency: q.currency });
	const price = q.price === undefined ? undefined : PRICE_BUCKETS.find((b) => bucketValue(b) === q.price);
	if (q.price !== undefined && !price) return { badRequest: `price: must be one of ${PRICE_BUCKETS.map(bucketValue).join(', ')}` };
	const text = q.search.trim();
	const skuOnly = text.startsWith('#');
	const result = await fastify.productsRepository.search({
		text: skuOnly ? text.slice(1) : text, skuOnly, categoryId: q.category, price,
		orderBy: q.orderby ?? q.orderBy ?? 'relevance', dir: q.dir, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
	});
	const filters = await searchFilters(fastify, q, price, result, pricing);
	return { total: result.total, results: result.products.map((p) => toSummary(pricing, p)), filters };
}
