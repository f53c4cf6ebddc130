import type { FastifyPluginAsync } from 'fastify';
import { belcoAuth } from './auth';
import frame from './frame';
import orders from './orders';

/** Belco custom integrations (orders API and customer frame), both behind the orders token. */
const belcoRoutes: FastifyPluginAsync = async (fastify) => {
	fastify.addHook('onRequest', belcoAuth(fastify));
	await fastify.register(orders);
	await fastify.register(frame);
};

export default belcoRoutes;
