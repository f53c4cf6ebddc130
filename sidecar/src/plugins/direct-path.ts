import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The direct path (docs/architecture.md "Direct path"): the web server sends the vendor calls that need
 * no shopper identity straight here, marking each with this header (plugin/server-config/). WordPress's
 * proxy never forwards a client's copy of it (HeaderAllowList), so only the web server's config sets it.
 */
export const DIRECT_HEADER = 'x-commerce-bridge-direct';

/**
 * The paths the shipped configs send here; the same list, in the same form, as plugin/server-config/*.
 * oct8ne method names are case-insensitive; identity-bound calls (customerData, getCart, addToWishlist,
 * the identity and shopper routes, the Belco widget) are not in it: they need WordPress's signed identity.
 */
export const DIRECT_PATH = /^\/(oct8ne\/frame\/(getadapterinfo|productinfo|productsummary|productrelated|search|getorders|getorderdetails|getsalesreport)|commerce-bridge\/(belco\/(orders|frame)|loymax\/(categories|products|customers|orders)|bambuser\/products))\/?$/i;

/** Raw query characters WordPress's proxy forwards (RFC 3986, plugin/src/Proxy/ProxyRequest.php). */
const SAFE_QUERY = /^[A-Za-z0-9._~!$&'()*+,;=:@%/?[\]-]*$/;

/**
 * Request headers a direct request keeps: what the routes read (as WordPress's HeaderAllowList), the
 * client address the web server set, and what HTTP itself needs. Cookies and the X-Commerce-Bridge-*
 * identity headers go, so a direct request is always a guest, whatever it carries.
 */
const KEPT_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'content-type', 'authorization',
	'sec-fetch-site', 'x-forwarded-for', DIRECT_HEADER]);

declare module 'fastify' {
	interface FastifyRequest {
		/** The request came by the direct path (the web server's marker), not through WordPress. */
		direct: boolean;
	}
}

/** Why a direct request is refused before any route sees it, or null when it may go on. */
function refusal(request: FastifyRequest): { status: number; error: string; message: string } | null {
	const [path = '', query = ''] = request.url.split(/\?(.*)/s);
	if (!DIRECT_PATH.test(path)) return { status: 404, error: 'not_found', message: `${path} is served through WordPress, not the direct path` };
	if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, error: 'method_not_allowed', message: 'the direct path answers GET and HEAD only' };
	if (!SAFE_QUERY.test(query)) return { status: 400, error: 'bad_request', message: 'the query string has characters outside RFC 3986' };
	return null;
}

/**
 * Makes a direct request exactly as safe as one through WordPress: only the direct paths, only the
 * allowed headers (no identity), and WordPress's answer defaults (no-store unless the route says
 * otherwise, nosniff). Registered before the identity plugin, whose onRequest hook then sees no
 * identity headers. Every direct answer carries the marker, which is how Site Health sees the path.
 */
export default fp(
	async (fastify) => {
		fastify.decorateRequest('direct', false);
		fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
			if (request.headers[DIRECT_HEADER] === undefined) return;
			request.direct = true;
			for (const name of Object.keys(request.headers)) if (!KEPT_HEADERS.has(name)) delete request.headers[name];
			const refused = refusal(request);
			if (refused) await reply.code(refused.status).send({ error: refused.error, message: refused.message });
		});
		fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
			if (!request.direct) return;
			void reply.header(DIRECT_HEADER, '1').header('x-content-type-options', 'nosniff');
			if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
		});
	},
	{ name: 'direct-path' },
);
