import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installErrorHandlers } from '../../plugins/error-handler';
import { lookupProducts, searchProducts } from './products';
import { purchaseEvent } from './purchase';
import { lookupResponse, productsQuerySchema, purchaseQuerySchema, purchaseResponse, searchResponse } from './schemas';

/**
 * Catalogue data for Bambuser's product hydration and search (issue 6), registered with the prefix
 * `/commerce-bridge/bambuser`. Public data the shop shows anyway, so no token; cacheable for a minute.
 * While Bambuser is switched off the routes do not exist (404).
 *
 *   GET /products?ids=102,125   GET /products?sku=SNK-URB   GET /products?url=<product URL>
 *   GET /products?code=<scanned barcode, looked up in the gtinMetaKey post meta>             → lookup answer
 *   GET /products?q=mok&page=0&pageSize=20                                                      → search answer
 *   GET /purchase?order=271&key=wc_order_…  → the order's purchase event (private: the order key is the proof)
 */
const bambuserRoutes: FastifyPluginAsync = async (fastify) => {
	installErrorHandlers(fastify);
	fastify.addHook('onRequest', async (_request, reply) => {
		if (!(await fastify.settingsRepository.get('bambuser')).enabled) return reply.callNotFound();
	});
	fastify.withTypeProvider<ZodTypeProvider>().get('/products', {
		schema: { querystring: productsQuerySchema, response: { 200: z.union([lookupResponse, searchResponse]) } },
	}, async (request, reply) => {
		void reply.header('cache-control', 'public, max-age=60');
		return request.query.q !== undefined ? searchProducts(fastify, request.query) : lookupProducts(fastify, request.query);
	});
	fastify.withTypeProvider<ZodTypeProvider>().get('/purchase', {
		schema: { querystring: purchaseQuerySchema, response: { 200: purchaseResponse } },
	}, async (request, reply) => {
		void reply.header('cache-control', 'private, no-store');
		const event = await purchaseEvent(fastify, request.query);
		return event ?? reply.callNotFound();
	});
};

export default bambuserRoutes;
