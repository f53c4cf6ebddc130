import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** `Authorization: Bearer <token>` (Loymax's own REST style) or `?token=` (a feed URL pasted in an admin). */
function givenToken(request: FastifyRequest): string {
	const header = request.headers.authorization;
	if (typeof header === 'string' && /^Bearer\s+/i.test(header)) return header.replace(/^Bearer\s+/i, '').trim();
	const raw = (request.query as Record<string, unknown> | undefined)?.token;
	return typeof raw === 'string' ? raw : '';
}

/**
 * The feeds hold customers and orders: the token is checked on `onRequest`, before the query is
 * validated, so a caller without it learns nothing (not even which parameter is wrong). A disabled
 * integration has no routes (404); an unset token refuses every request. Wrong tokens count against
 * the client's budget of failed attempts (429 when used up).
 */
export function installFeedTokenGuard(fastify: FastifyInstance): void {
	fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
		void reply.header('cache-control', 'no-store');
		const { enabled, feedToken } = await fastify.settingsRepository.get('loymax');
		if (!enabled) return reply.callNotFound();
		if (fastify.tokenAttempts.verify(request, reply, givenToken(request), feedToken)) return;
		await reply.code(401).send({ error: 'unauthorized', message: 'a valid Loymax feed token is required' });
	});
}
