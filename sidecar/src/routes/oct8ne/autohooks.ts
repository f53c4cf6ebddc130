import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tokensEqual } from '../../lib/tokens';
import { sendOct8ne } from './jsonp';
import type { Oct8neMethod } from './method';

/**
 * oct8ne's auth: methods called by the oct8ne platform carry `apiToken`; a missing or wrong one (or no
 * token configured) answers `[]` with 200, as API 2.4 says. Widget methods are public by design.
 */
export function installTokenGuard(fastify: FastifyInstance, resolve: (request: FastifyRequest) => Oct8neMethod | undefined): void {
	fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
		const target = resolve(request);
		if (!target?.protected) return;
		const given = (request.query as Record<string, unknown>).apiToken;
		const { apiToken } = await fastify.settingsRepository.get('oct8ne');
		if (typeof given !== 'string' || !tokensEqual(given, apiToken)) return sendOct8ne(request, reply.header('cache-control', 'no-store'), []);
	});
}
