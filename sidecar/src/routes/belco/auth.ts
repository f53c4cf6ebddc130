import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tokensEqual } from '../../lib/tokens';

/**
 * Belco's own advice: check the token before anything else. Runs on `onRequest`, i.e. before the
 * query is validated, so a caller without the token learns nothing, not even which parameter is wrong.
 * A disabled integration or an unset token refuses every request.
 */
export function belcoAuth(fastify: FastifyInstance) {
	return async function checkToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
		void reply.header('cache-control', 'no-store');
		const settings = await fastify.settingsRepository.get('belco');
		const raw = (request.query as Record<string, unknown> | undefined)?.token;
		const given = typeof raw === 'string' ? raw : '';
		const ok = settings.enabled && tokensEqual(given, settings.ordersToken);
		if (!ok) await reply.code(401).send({ error: 'unauthorized' });
	};
}
