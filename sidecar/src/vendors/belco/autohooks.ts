import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Belco's gate, registered first by index.ts. Belco's own advice: check the token before anything else.
 * Runs on `onRequest`, i.e. before the query is validated, so a caller without the token learns nothing,
 * not even which parameter is wrong. A disabled integration has no routes (404); an unset token refuses
 * every request. Wrong tokens count against the client's budget of failed attempts (429 when used up).
 */
export default fp(
	async (fastify) => {
		fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
			void reply.header('cache-control', 'no-store');
			const settings = await fastify.settingsRepository.get('belco');
			if (!settings.enabled) return reply.callNotFound();
			const given = (request.query as Record<string, unknown> | undefined)?.token;
			if (fastify.tokenAttempts.verify(request, reply, given, settings.ordersToken)) return;
			await reply.code(401).send({ error: 'unauthorized' });
		});
	},
	{ name: 'belco-auth', dependencies: ['token-attempts', 'settings-repository'] },
);
