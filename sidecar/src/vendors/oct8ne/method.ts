import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** A handler may refuse input that its schema cannot express; the dispatcher answers 400 with the message. */
export interface BadRequest {
	badRequest: string;
}

/** How a request reached the handler: its query (validated), the request for the identity. */
export type Handler<Q extends z.ZodType, R extends z.ZodType> = (query: z.output<Q>, request: FastifyRequest) => Promise<z.input<R> | BadRequest>;

export interface Oct8neMethod {
	query: z.ZodType;
	response: z.ZodType;
	/** Answers depend on the shopper (identity): never cached. */
	sessionBound: boolean;
	/** Called by the oct8ne platform with `apiToken`; a wrong token answers `[]`. */
	protected: boolean;
	/** Answers while oct8ne is switched off (getAdapterInfo says `enabled: false`); every other method is a 404 then. */
	whileDisabled: boolean;
	run(query: unknown, request: FastifyRequest): Promise<unknown>;
}

export function method<Q extends z.ZodType, R extends z.ZodType>(
	query: Q, response: R, run: Handler<Q, R>, flags: { sessionBound?: boolean; protected?: boolean; whileDisabled?: boolean } = {},
): Oct8neMethod {
	return {
		query, response, sessionBound: flags.sessionBound ?? false, protected: flags.protected ?? false, whileDisabled: flags.whileDisabled ?? false,
		run: (q, request) => run(q as z.output<Q>, request),
	};
}

export const isBadRequest = (value: unknown): value is BadRequest =>
	typeof value === 'object' && value !== null && 'badRequest' in value && typeof (value as BadRequest).badRequest === 'string';
