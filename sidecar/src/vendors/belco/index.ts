import type { FastifyPluginAsync } from 'fastify';
import type { VendorModule } from '../vendor-module';
import auth from './autohooks';
import frame from './frame';
import orders from './orders';

/** Belco custom integrations (orders API and customer frame), both behind the orders token. */
const routes: FastifyPluginAsync = async (fastify) => {
	await fastify.register(auth);
	await fastify.register(orders);
	await fastify.register(frame);
};

/** Belco reads WooCommerce's own orders and customers only: no repository of its own. */
const belco: VendorModule = { repositories: [], routes };

export default belco;
