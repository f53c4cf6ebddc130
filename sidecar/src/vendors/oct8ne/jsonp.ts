import type { FastifyReply, FastifyRequest } from 'fastify';

/** A JavaScript identifier path (`cb`, `jQuery123_456`, `oct8ne.cb`), at most 128 characters. */
export const CALLBACK_PATTERN = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
export const CALLBACK_MAX = 128;

/** The request's callback when it is present and safe to echo, else undefined. */
export function validCallback(request: FastifyRequest): string | undefined {
	const callback = (request.query as Record<string, unknown> | undefined)?.callback;
	return typeof callback === 'string' && callback.length <= CALLBACK_MAX && CALLBACK_PATTERN.test(callback) ? callback : undefined;
}

/**
 * Writes `body` as JSONP `callback(<json>);` (application/javascript) when the request has a valid
 * callback, else as JSON. U+2028/U+2029 are escaped: legal in JSON, not in older JavaScript engines.
 */
export function sendOct8ne(request: FastifyRequest, reply: FastifyReply, body: unknown, status = 200): FastifyReply {
	const json = JSON.stringify(body).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
	const callback = validCallback(request);
	void reply.code(status).header('x-content-type-options', 'nosniff');
	if (callback) return reply.type('application/javascript; charset=utf-8').send(`${callback}(${json});`);
	return reply.type('application/json; charset=utf-8').send(json);
}
