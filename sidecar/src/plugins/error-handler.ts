import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseUnavailable } from '../database/database-gate';

export interface ErrorBody {
	error: string;
	message?: string;
}

/** How an error body is written; a vendor can swap it (e.g. oct8ne's JSONP wrapper) and keep the mapping. */
export type ErrorSender = (request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody) => void;

export const sendJsonError: ErrorSender = (_request, reply, status, body) => {
	void reply.code(status).send(body);
};

const CLIENT_ERROR_CODES: Record<number, string> = {
	400: 'bad_request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	406: 'not_acceptable',
	413: 'payload_too_large',
	415: 'unsupported_media_type',
	429: 'too_many_requests',
};

/** `querystring.ids: Invalid input: expected number` — which parameter and why, for every issue. */
function validationMessage(error: FastifyError): string {
	const where = error.validationContext ?? 'request';
	return (error.validation ?? [])
		.map((issue) => {
			const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
			return `${path ? `${where}.${path}` : where}: ${issue.message ?? 'is invalid'}`;
		})
		.join('; ');
}

/**
 * The single error policy: validation → 400 with a clear message, other 4xx keep their status, a
 * database outage → 503 with Retry-After (logged once per outage by the database gate, not here),
 * everything else is logged with context and answered `{"error":"internal_error"}` without internals.
 */
export function createErrorHandler(send: ErrorSender = sendJsonError) {
	return function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
		if (error instanceof DatabaseUnavailable) {
			void reply.header('retry-after', String(error.retryAfterSeconds)).header('cache-control', 'no-store');
			send(request, reply, 503, { error: 'service_unavailable', message: error.message });
			return;
		}
		if (error.validation) {
			send(request, reply, 400, { error: 'bad_request', message: validationMessage(error) });
			return;
		}
		const status = error.statusCode ?? 500;
		if (status >= 400 && status < 500) {
			send(request, reply, status, { error: CLIENT_ERROR_CODES[status] ?? 'bad_request', message: error.message });
			return;
		}
		request.log.error({ err: error, route: request.routeOptions.url, method: request.method }, 'request failed');
		send(request, reply, status >= 500 && status < 600 ? status : 500, { error: 'internal_error' });
	};
}

export function createNotFoundHandler(send: ErrorSender = sendJsonError) {
	return function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
		send(request, reply, 404, { error: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}` });
	};
}

/**
 * Installs the error handlers on `fastify`. Error and not-found handlers are encapsulated by Fastify, so a
 * vendor folder calls this with its own sender inside its plugin. Fastify allows one not-found handler per
 * prefix, so it is only replaced when the plugin is registered with a prefix (the root one is the app's).
 */
export function installErrorHandlers(fastify: FastifyInstance, send: ErrorSender = sendJsonError): void {
	fastify.setErrorHandler(createErrorHandler(send));
	if (fastify.prefix !== '') fastify.setNotFoundHandler(createNotFoundHandler(send));
}
