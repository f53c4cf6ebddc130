import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fromSameOrigin, GUEST } from '../../plugins/identity';
import { UNKNOWN_METHOD } from './autohooks';
import { sendOct8ne, validCallback } from './jsonp';
import { isBadRequest, type Oct8neMethod } from './method';
import { callbackSchema } from './schemas';

/** `page: must be a positive integer`; zod's own messages get the parameter name in front. */
function issueText(issues: z.core.$ZodIssue[]): string {
	return issues.map((i) => {
		const name = i.path.join('.');
		return name && !i.message.startsWith(`${name}:`) ? `${name}: ${i.message}` : i.message;
	}).join('; ');
}

/**
 * Runs one method: its own query schema, then the method, then its answer schema (the allow-list,
 * applied before JSON/JSONP encoding). JSONP of shopper data goes only to the shop's own pages
 * (Sec-Fetch-Site: same-origin); any other page that loads it as a script gets the guest's answer.
 */
async function dispatch(request: FastifyRequest, reply: FastifyReply, target: Oct8neMethod | undefined) {
	if (!target) return sendOct8ne(request, reply, UNKNOWN_METHOD, 404);
	if (target.sessionBound || target.protected) void reply.header('cache-control', 'no-store');
	if (target.sessionBound && validCallback(request) && !fromSameOrigin(request)) request.identity = GUEST;
	const query = target.query.safeParse(request.query);
	if (!query.success) return sendOct8ne(request, reply, { error: 'bad_request', message: issueText(query.error.issues) }, 400);
	const result = await target.run(query.data, request);
	if (isBadRequest(result)) return sendOct8ne(request, reply, { error: 'bad_request', message: result.badRequest }, 400);
	return sendOct8ne(request, reply, target.response.parse(result));
}

export interface FrameOptions {
	/** The method a request calls (index.ts's table), undefined when unknown. */
	resolve: (request: FastifyRequest) => Oct8neMethod | undefined;
}

/** The adapter API's one route, `/oct8ne/frame/<method>`: the method name picks the entry of index.ts's table. */
const frame: FastifyPluginAsync<FrameOptions> = async (fastify, { resolve }) => {
	fastify.get('/oct8ne/frame/:method', {
		schema: { params: z.object({ method: z.string().max(64) }), querystring: z.looseObject({ callback: callbackSchema.optional() }) },
	}, async (request, reply) => dispatch(request, reply, resolve(request)));
};

export default frame;
