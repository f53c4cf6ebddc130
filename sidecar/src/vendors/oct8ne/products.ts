import type { FastifyInstance } from 'fastify';
import { toInfo, toSummary } from './mappers';
import { method } from './method';
import { catalogPricing } from './pricing';
import { searchAnswer } from './search';
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
		search: method(searchQuerySchema, searchResponseSchema, async (q, request) => searchAnswer(fastify, q, request)),
	};
}
