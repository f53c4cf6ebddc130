import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { installErrorHandlers } from '../../plugins/error-handler';
import { fromSameOrigin, GUEST } from '../../plugins/identity';
import { adapterInfoMethod } from './adapter-info';
import { installTokenGuard, UNKNOWN_METHOD } from './auth';
import { customerMethods } from './customer';
import { sendOct8ne, validCallback } from './jsonp';
import { isBadRequest, type Oct8neMethod } from './method';
import { orderMethods } from './orders';
import { productMethods } from './products';
import { callbackSchema } from './schemas';

/**
 * oct8ne adapter API 2.4 at `/oct8ne/frame/<method>`. The method name is case-insensitive, so one route
 * dispatches on the lower-cased name to a table of methods, each with its own zod query and answer
 * schema (the answer schema is the allow-list; it is applied before JSON/JSONP encoding). The table is a
 * Map: a name like `constructor` or `__proto__` must find nothing, not a property of Object.prototype.
 * JSONP of shopper data goes only to the shop's own pages (Sec-Fetch-Site: same-origin); any other page
 * that loads it as a script gets the guest's answer.
 */
/** `page: must be a positive integer`; zod's own messages get the parameter name in front. */
function issueText(issues: z.core.$ZodIssue[]): string {
	return issues.map((i) => {
		const name = i.path.join('.');
		return name && !i.message.startsWith(`${name}:`) ? `${name}: ${i.message}` : i.message;
	}).join('; ');
}

const oct8neRoutes: FastifyPluginAsync = async (fastify) => {
	const methods = new Map<string, Oct8neMethod>(Object.entries({
		...productMethods(fastify), ...customerMethods(fastify), ...orderMethods(fastify), ...adapterInfoMethod(fastify),
	}));
	const resolve = (request: FastifyRequest) => methods.get(String((request.params as { method?: string }).method ?? '').toLowerCase());

	// Errors keep the core policy but are written as JSONP when the callback is valid.
	installErrorHandlers(fastify, (request, reply, status, body) => void sendOct8ne(request, reply, body, status));
	installTokenGuard(fastify, resolve);

	fastify.get('/oct8ne/frame/:method', {
		schema: { params: z.object({ method: z.string().max(64) }), querystring: z.looseObject({ callback: callbackSchema.optional() }) },
	}, async (request, reply) => {
		const target = resolve(request);
		if (!target) return sendOct8ne(request, reply, UNKNOWN_METHOD, 404);
		if (target.sessionBound || target.protected) void reply.header('cache-control', 'no-store');
		if (target.sessionBound && validCallback(request) && !fromSameOrigin(request)) request.identity = GUEST;
		const query = target.query.safeParse(request.query);
		if (!query.success) return sendOct8ne(request, reply, { error: 'bad_request', message: issueText(query.error.issues) }, 400);
		const result = await target.run(query.data, request);
		if (isBadRequest(result)) return sendOct8ne(request, reply, { error: 'bad_request', message: result.badRequest }, 400);
		return sendOct8ne(request, reply, target.response.parse(result));
	});
};

export default oct8neRoutes;
