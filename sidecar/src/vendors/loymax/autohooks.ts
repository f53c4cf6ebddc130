import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

function bearerToken(request: FastifyRequest): string | null {
	const header = request.headers.authorization;
	return typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : null;
}

/**
 * The `?token=` a request authenticated with (a feed URL pasted in an admin), null when a Bearer header
 * did it: paging links carry the former, a header client sends its header again.
 */
export function queryToken(request: FastifyRequest): string | null {
	if (bearerToken(request) !== null) return null;
	const raw = (request.query as Record<string, unknown> | undefined)?.token;
	return typeof raw === 'string' && raw !== '' ? raw : null;
}

/** `Authorization: Bearer <token>` (Loymax's own REST style) or `?token=`. */
function givenToken(request: FastifyRequest): string {
	return bearerToken(request) ?? queryToken(request) ?? '';
}

/**
 * Loymax's gate, registered first by index.ts. The feeds hold customers and orders: the token is checked
 * on `onRequest`, before the query is validated, so a caller without it learns nothing (not even which
 * parameter is wrong). A disabled integration has no routes (404); an unset token refuses every request.
 * Wrong tokens count against the client's budget of failed attempts (429 when used up).
 */
export default fp(
	async (fastify) => {
		fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
			void reply.header('cache-control', 'no-store');
			const { enabled, feedToken } = await fastify.settingsRepository.get('loymax');
			if (!enabled) return reply.callNotFound();
			if (fastify.tokenAttempts.verify(request, reply, givenToken(request), feedToken)) return;
			await reply.code(401).send({ error: 'unauthorized', message: 'a valid Loymax feed token is required' });
		});
	},
	{ name: 'loymax-auth', dependencies: ['token-attempts', 'settings-repository'] },
);
