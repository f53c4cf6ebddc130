import type { FastifyPluginAsync } from 'fastify';
import { installErrorHandlers } from '../../plugins/error-handler';
import type { VendorModule } from '../vendor-module';
import auth from './autohooks';
import categories from './categories';
import categoryChangesRepository from './category-changes';
import customers from './customers';
import orders from './orders';
import products from './products';

/**
 * Loymax SmartCom data feeds (issue 5): the category classifier, product directory, customers and
 * orders under the same ids the tracker sends, in Loymax's JSON:API conventions. Registered with the
 * prefix `/commerce-bridge/loymax`; every route is behind the feed token.
 */
const routes: FastifyPluginAsync = async (fastify) => {
	installErrorHandlers(fastify);
	await fastify.register(auth);
	await fastify.register(categories);
	await fastify.register(products);
	await fastify.register(customers);
	await fastify.register(orders);
};

const loymax: VendorModule = {
	repositories: [categoryChangesRepository],
	routes,
	prefix: '/commerce-bridge/loymax',
};

export default loymax;
