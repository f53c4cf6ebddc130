import type { FastifyServerOptions, FastifyRequest } from 'fastify';
import type { DestinationStream, Level } from 'pino';
import { IDENTITY_HEADERS } from '../plugins/identity';

/** Query parameters whose values are secrets or personal data: never written to a log line. */
const SENSITIVE_QUERY_KEYS = new Set(['token', 'apitoken', 'feedtoken', 'customeremail', 'email', 'phonenumber']);

/** Keeps the path and the parameter names, replaces sensitive values with `[redacted]`. */
export function redactUrl(url: string): string {
	const queryStart = url.indexOf('?');
	if (queryStart === -1) return url;
	const pairs = url.slice(queryStart + 1).split('&').map((pair) => {
		const eq = pair.indexOf('=');
		const rawKey = eq === -1 ? pair : pair.slice(0, eq);
		return SENSITIVE_QUERY_KEYS.has(safeDecode(rawKey).toLowerCase()) ? `${rawKey}=[redacted]` : pair;
	});
	return `${url.slice(0, queryStart)}?${pairs.join('&')}`;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value.replaceAll('+', ' '));
	} catch {
		return value;
	}
}

/** Fastify/pino logger options: structured JSON, redacted URLs, no identity headers. */
export function loggerOptions(level: Level | 'silent', stream?: DestinationStream): FastifyServerOptions['logger'] {
	return {
		level,
		...(stream ? { stream } : {}),
		redact: { paths: Object.values(IDENTITY_HEADERS).map((h) => `req.headers["${h}"]`), censor: '[redacted]' },
		serializers: {
			req: (request: FastifyRequest) => ({
				method: request.method,
				url: redactUrl(request.url),
				remoteAddress: request.ip,
			}),
		},
	};
}
