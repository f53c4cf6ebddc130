import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendOct8ne } from './jsonp';
import type { Oct8neMethod } from './method';

/** The answer to an unknown method and to any method while oct8ne is off: the same, so nothing tells them apart. */
export const UNKNOWN_METHOD = { error: 'not_found', message: 'unknown oct8ne method' } as const;

/**
 * oct8ne's gate, before every method: a switched-off integration answers 404 (getAdapterInfo excepted).
 * Methods called by the oct8ne platform carry `apiToken`; a missing or wrong one (or no token
 * configured) answers `[]` with 200, as API 2.4 says, and counts as a failed attempt of the client.
 * Widget methods are public by design.
 */
export function installTokenGuard(fastify: FastifyInstance, resolve: (request: FastifyRequest) => Oct8neMethod | undefined): void {
	fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
		const target = resolve(request);
		if (!target) return;
		const { enabled, apiToken } = await fastify.settingsRepository.get('oct8ne');
		if (!enabled && !target.whileDisabled) return sendOct8ne(request, reply, UNKNOWN_METHOD, 404);
		if (!target.protected) return;
		const given = (request.query as Record<string, unknown>).apiToken;
		if (!fastify.tokenAttempts.verify(request, reply, given, apiToken)) return sendOct8ne(request, reply.header('cache-control', 'no-store'), []);
	});
}
