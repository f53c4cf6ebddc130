import type { FastifyPluginAsync } from 'fastify';
import { installErrorHandlers } from '../../plugins/error-handler';
import type { VendorModule } from '../vendor-module';
import auth from './autohooks';
import products from './products';
import purchase from './purchase';

/**
 * Catalogue data for Bambuser's product hydration and search (issue 6), registered with the prefix
 * `/commerce-bridge/bambuser`: `/products` (lookup and search) and `/purchase` (the purchase event).
 */
const routes: FastifyPluginAsync = async (fastify) => {
	installErrorHandlers(fastify);
	await fastify.register(auth);
	await fastify.register(products);
	await fastify.register(purchase);
};

/** Bambuser reads WooCommerce's catalogue and orders only: no repository of its own. */
const bambuser: VendorModule = { repositories: [], routes, prefix: '/commerce-bridge/bambuser' };

export default bambuser;
