import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendOct8ne } from './jsonp';
import type { Oct8neMethod } from './method';

/** Equal-length digests keep the comparison constant-time whatever the lengths of the two tokens. */
function sameToken(given: string, expected: string): boolean {
	const digest = (s: string) => createHash('sha256').update(s).digest();
	return timingSafeEqual(digest(given), digest(expected)) && expected !== '';
}

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
		if (typeof given !== 'string' || !sameToken(given, apiToken)) return sendOct8ne(request, reply.header('cache-control', 'no-store'), []);
	});
}
