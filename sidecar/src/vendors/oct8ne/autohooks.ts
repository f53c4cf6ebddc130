import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendOct8ne } from './jsonp';
import type { Oct8neMethod } from './method';

/** The answer to an unknown method and to any method while oct8ne is off: the same, so nothing tells them apart. */
export const UNKNOWN_METHOD = { error: 'not_found', message: 'unknown oct8ne method' } as const;

export interface Oct8neAuthOptions {
	/** The method a request calls (index.ts's table), undefined when unknown. */
	resolve: (request: FastifyRequest) => Oct8neMethod | undefined;
}

/**
 * oct8ne's gate, registered first by index.ts, before every method: a switched-off integration answers
 * 404 (getAdapterInfo excepted). Methods called by the oct8ne platform carry `apiToken`; a missing or
 * wrong one (or no token configured) answers `[]` with 200, as API 2.4 says, and counts as a failed
 * attempt of the client. Widget methods are public by design. A preHandler: the method name is a route
 * parameter, known once the route matched.
 */
export default fp<Oct8neAuthOptions>(
	async (fastify, { resolve }) => {
		fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
			const target = resolve(request);
			if (!target) return;
			const { enabled, apiToken } = await fastify.settingsRepository.get('oct8ne');
			if (!enabled && !target.whileDisabled) return sendOct8ne(request, reply, UNKNOWN_METHOD, 404);
			if (!target.protected) return;
			const given = (request.query as Record<string, unknown>).apiToken;
			if (!fastify.tokenAttempts.verify(request, reply, given, apiToken)) return sendOct8ne(request, reply.header('cache-control', 'no-store'), []);
		});
	},
	{ name: 'oct8ne-auth', dependencies: ['token-attempts', 'settings-repository'] },
);
