import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { signatureMatches } from '../lib/signature';

export interface Identity {
	userId: number;
	/** WooCommerce session key (`t_…` for guests, the user id for customers), null when none. */
	session: string | null;
	verified: boolean;
}

declare module 'fastify' {
	interface FastifyRequest {
		identity: Identity;
	}
}

export const IDENTITY_HEADERS = {
	user: 'x-commerce-bridge-user',
	session: 'x-commerce-bridge-session',
	time: 'x-commerce-bridge-time',
	signature: 'x-commerce-bridge-signature',
} as const;

const MAX_CLOCK_SKEW_SECONDS = 60;
export const GUEST: Identity = Object.freeze({ userId: 0, session: null, verified: false });

/**
 * A browser request made by another page (another site, or another origin of this site such as another
 * port or subdomain): Sec-Fetch-Site says so. Such a page must never read a shopper's personal data.
 */
export function fromOtherPage(request: FastifyRequest): boolean {
	const site = request.headers['sec-fetch-site'];
	return site === 'cross-site' || site === 'same-site';
}

/** Sec-Fetch-Site says the request comes from the shop's own pages (JSONP of personal data needs this). */
export const fromSameOrigin = (request: FastifyRequest): boolean => request.headers['sec-fetch-site'] === 'same-origin';

/**
 * Resolves the identity signed by WordPress; anything unverifiable, and any request another page made,
 * is a guest without a session.
 */
export function resolveIdentity(request: FastifyRequest, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): Identity {
	if (fromOtherPage(request)) return GUEST;
	const signature = request.headers[IDENTITY_HEADERS.signature];
	const user = request.headers[IDENTITY_HEADERS.user];
	const time = request.headers[IDENTITY_HEADERS.time];
	const session = request.headers[IDENTITY_HEADERS.session] ?? '';
	if (typeof signature !== 'string' || typeof user !== 'string' || typeof time !== 'string' || typeof session !== 'string') return GUEST;
	if (!/^\d{1,20}$/.test(user) || !/^\d{1,12}$/.test(time)) return GUEST;
	if (Math.abs(nowSeconds - Number(time)) > MAX_CLOCK_SKEW_SECONDS) return GUEST;
	if (!signatureMatches(secret, { user, session, time, method: request.method, requestUri: request.url }, signature)) return GUEST;
	return { userId: Number(user), session: session === '' ? null : session, verified: true };
}

/** Decorates every request with `request.identity` (cheap for guests: no HMAC without headers). */
export default fp(
	async (fastify) => {
		const secret = fastify.config.bridgeSecret;
		// Fastify forbids shared reference values in request decorators: start empty, fill in onRequest.
		fastify.decorateRequest('identity', null as unknown as Identity);
		fastify.addHook('onRequest', (request, _reply, done) => {
			request.identity = resolveIdentity(request, secret);
			done();
		});
	},
	{ name: 'identity', dependencies: ['config'] },
);
