import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userKeyMode } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { customersResponse, feedQuerySchema } from './schemas';

/** Registered customers keyed by `userIdMode`; `updatedSince` uses `user_registered` and WooCommerce's `last_update` meta. */
export function customersFeed(fastify: FastifyInstance): void {
	fastify.withTypeProvider<ZodTypeProvider>().get('/customers', {
		schema: { querystring: feedQuerySchema, response: { 200: customersResponse } },
	}, async (request) => {
		const page = feedPage(request.query);
		const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
		const found = await fastify.customerFeedRepository.customers({
			keyMode: userKeyMode(settings), updatedSince: page.updatedSince, page: page.number, size: page.size,
		});
		const data = found.rows.map(({ key, email, phone, firstName, lastName, registeredAt, country }) => ({
			type: 'customers' as const, id: key, attributes: { email, phone, firstName, lastName, registeredAt, country },
		}));
		return feedDocument(request, store.homeUrl, page, found.total, data);
	});
}
