import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Equal-length digests make the comparison constant-time whatever the token lengths. */
export function tokensEqual(given: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

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
		const ok = settings.enabled && settings.ordersToken !== '' && tokensEqual(given, settings.ordersToken);
		if (!ok) await reply.code(401).send({ error: 'unauthorized' });
	};
}
