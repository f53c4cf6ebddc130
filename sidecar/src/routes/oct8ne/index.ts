import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { installErrorHandlers } from '../../plugins/error-handler';
import { adapterInfoMethod } from './adapter-info';
import { installTokenGuard } from './autohooks';
import { customerMethods } from './customer';
import { sendOct8ne } from './jsonp';
import { isBadRequest, type Oct8neMethod } from './method';
import { orderMethods } from './orders';
import { productMethods } from './products';
import { callbackSchema } from './schemas';

/**
 * oct8ne adapter API 2.4 at `/oct8ne/frame/<method>`. The method name is case-insensitive, so one route
 * dispatches on the lower-cased name to a table of methods, each with its own zod query and answer
 * schema (the answer schema is the allow-list; it is applied before JSON/JSONP encoding).
 */
/** `page: must be a positive integer`; zod's own messages get the parameter name in front. */
function issueText(issues: z.core.$ZodIssue[]): string {
	return issues.map((i) => {
		const name = i.path.join('.');
		return name && !i.message.startsWith(`${name}:`) ? `${name}: ${i.message}` : i.message;
	}).join('; ');
}

const oct8neRoutes: FastifyPluginAsync = async (fastify) => {
	const methods: Record<string, Oct8neMethod> = {
		...productMethods(fastify), ...customerMethods(fastify), ...orderMethods(fastify), ...adapterInfoMethod(fastify),
	};
	const resolve = (request: FastifyRequest) => methods[String((request.params as { method?: string }).method ?? '').toLowerCase()];

	// Errors keep the core policy but are written as JSONP when the callback is valid.
	installErrorHandlers(fastify, (request, reply, status, body) => void sendOct8ne(request, reply, body, status));
	installTokenGuard(fastify, resolve);

	fastify.get('/oct8ne/frame/:method', {
		schema: { params: z.object({ method: z.string().max(64) }), querystring: z.looseObject({ callback: callbackSchema.optional() }) },
	}, async (request, reply) => {
		const target = resolve(request);
		if (!target) return sendOct8ne(request, reply, { error: 'not_found', message: `unknown oct8ne method ${(request.params as { method: string }).method}` }, 404);
		if (target.sessionBound || target.protected) void reply.header('cache-control', 'no-store');
		const query = target.query.safeParse(request.query);
		if (!query.success) return sendOct8ne(request, reply, { error: 'bad_request', message: issueText(query.error.issues) }, 400);
		const result = await target.run(query.data, request);
		if (isBadRequest(result)) return sendOct8ne(request, reply, { error: 'bad_request', message: result.badRequest }, 400);
		return sendOct8ne(request, reply, target.response.parse(result));
	});
};

export default oct8neRoutes;
