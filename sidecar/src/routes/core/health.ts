import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthDegradedSchema, healthOkSchema } from '../../schemas/core';

/** Liveness plus database reachability, answered within ~1 s even when the database hangs. */
const health: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/health', { schema: { response: { 200: healthOkSchema, 503: healthDegradedSchema } } }, async (_request, reply) => {
		if (await fastify.mysql.ping(1000)) return { status: 'ok', db: 'ok' } as const;
		return reply.code(503).send({ status: 'degraded', db: 'down' });
	});
};

export default health;
