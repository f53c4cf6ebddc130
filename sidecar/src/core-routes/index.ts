import type { FastifyPluginAsync } from 'fastify';
import health from './health';
import identity from './identity';
import shopper from './shopper';

/** Core routes (docs/architecture.md "Core sidecar routes"), not tied to a vendor. */
const coreRoutes: FastifyPluginAsync = async (fastify) => {
	await fastify.register(health);
	await fastify.register(identity);
	await fastify.register(shopper);
};

export default coreRoutes;
