import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SIDECAR_VERSION } from '../lib/version';
import { healthDegradedSchema, healthOkSchema } from './schemas';

/** Seconds a caller waits before asking a degraded sidecar again (the database check itself takes ≤ 1 s). */
export const HEALTH_RETRY_AFTER_SECONDS = 5;

/** Liveness plus database reachability, answered within ~1 s even when the database hangs; both carry the release. */
const health: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/health', { schema: { response: { 200: healthOkSchema, 503: healthDegradedSchema } } }, async (_request, reply) => {
		void reply.header('cache-control', 'no-store');
		if (await fastify.mysql.ping(1000)) return { status: 'ok', db: 'ok', version: SIDECAR_VERSION } as const;
		return reply.code(503).header('retry-after', String(HEALTH_RETRY_AFTER_SECONDS)).send({ status: 'degraded', db: 'down', version: SIDECAR_VERSION });
	});
};

export default health;
