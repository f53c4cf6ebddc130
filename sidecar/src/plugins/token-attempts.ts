import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createAttemptLimiter } from '../lib/attempt-limiter';
import { tokensEqual } from '../lib/tokens';

/** 20 wrong tokens a minute is far more than a misconfigured vendor makes and far too few to guess one. */
export const FAILED_TOKENS_PER_MINUTE = 20;

export interface TokenAttempts {
	/**
	 * Whether `given` is the `expected` token (constant time; an unset token never matches). A wrong or
	 * missing one counts against the client's budget; once it is used up this throws a 429 with Retry-After.
	 */
	verify(request: FastifyRequest, reply: FastifyReply, given: unknown, expected: string): boolean;
}

declare module 'fastify' {
	interface FastifyInstance {
		tokenAttempts: TokenAttempts;
	}
}

class TooManyAttempts extends Error {
	readonly statusCode = 429;
	constructor(seconds: number) {
		super(`too many failed token attempts; retry in ${seconds} s`);
	}
}

/**
 * One budget of failed token attempts per client address, shared by every token-guarded route (Belco,
 * Loymax, oct8ne). The error handlers answer the 429 in each vendor's format.
 */
export default fp(
	async (fastify) => {
		const limiter = createAttemptLimiter({ max: FAILED_TOKENS_PER_MINUTE, windowMs: 60_000, clients: 10_000 });
		fastify.decorate('tokenAttempts', {
			verify(request, reply, given, expected) {
				const seconds = limiter.retryAfter(request.ip);
				if (seconds > 0) {
					void reply.header('retry-after', String(seconds)).header('cache-control', 'no-store');
					throw new TooManyAttempts(seconds);
				}
				if (typeof given === 'string' && tokensEqual(given, expected)) return true;
				limiter.failed(request.ip);
				return false;
			},
		} satisfies TokenAttempts);
	},
	{ name: 'token-attempts' },
);
