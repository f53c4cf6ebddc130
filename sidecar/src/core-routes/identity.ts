import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { identityResponseSchema } from './schemas';

/** The caller's verified identity (guest when the WordPress signature is missing or invalid). */
const identity: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/commerce-bridge/core/identity', { schema: { response: { 200: identityResponseSchema } } }, async (request, reply) => {
		void reply.header('cache-control', 'no-store');
		return { userId: request.identity.userId, session: request.identity.session };
	});
};

export default identity;
