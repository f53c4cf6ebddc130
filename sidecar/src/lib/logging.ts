import type { FastifyServerOptions, FastifyRequest } from 'fastify';
import type { DestinationStream, Level } from 'pino';
import { IDENTITY_HEADERS } from '../plugins/identity';

/** Parameter names whose values are secrets or personal data: never written to a log line. */
const SENSITIVE_NAMES = new Set(['token', 'apitoken', 'feedtoken', 'customeremail', 'email', 'phonenumber']);

/** Headers that carry credentials: redacted wherever a log line would hold them. */
const SENSITIVE_HEADERS = ['authorization', 'cookie', ...Object.values(IDENTITY_HEADERS)];

/**
 * Whether a (raw) parameter name names a secret: in any case, percent-encoded or not, plain (`token`),
 * as an array (`token[]`, `token[0]`) or as a bracketed key (`x[token]`): each part is checked.
 */
export function sensitiveName(rawName: string): boolean {
	return safeDecode(rawName).toLowerCase().split(/[[\]]+/).some((part) => SENSITIVE_NAMES.has(part.trim()));
}

/** In a query a value runs to the next `&` or `;`; in a path also to the next `/`. */
const QUERY_PAIR = /([^&;=]*)=([^&;]*)/g;
const PATH_PAIR = /([^&;=/]*)=([^&;/]*)/g;

/** `name=value` pairs with sensitive values replaced, names and order kept. */
function redactPairs(text: string, pair: RegExp): string {
	return text.replace(pair, (whole, name: string) => (sensitiveName(name) ? `${name}=[redacted]` : whole));
}

/**
 * Keeps the path and the parameter names, replaces sensitive values with `[redacted]`: query
 * parameters in every form, and `name=value` path parameters (`/frame/getOrders;apiToken=…`).
 */
export function redactUrl(url: string): string {
	const queryStart = url.indexOf('?');
	const path = queryStart === -1 ? url : url.slice(0, queryStart);
	const redactedPath = path.includes('=') ? redactPairs(path, PATH_PAIR) : path;
	return queryStart === -1 ? redactedPath : `${redactedPath}?${redactPairs(url.slice(queryStart + 1), QUERY_PAIR)}`;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value.replaceAll('+', ' '));
	} catch {
		return value;
	}
}

/** Fastify/pino logger options: structured JSON, redacted URLs, no credential headers anywhere. */
export function loggerOptions(level: Level | 'silent', stream?: DestinationStream): FastifyServerOptions['logger'] {
	return {
		level,
		...(stream ? { stream } : {}),
		redact: { paths: SENSITIVE_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`]), censor: '[redacted]' },
		serializers: {
			// Only these three fields of a request reach a line (never its headers), whatever object is logged as `req`.
			req: (request: Partial<FastifyRequest>) => ({
				method: request.method,
				url: typeof request.url === 'string' ? redactUrl(request.url) : undefined,
				remoteAddress: request.ip,
			}),
		},
	};
}
