import type { FastifyRequest } from 'fastify';
import { queryToken } from './autohooks';
import { DEFAULT_PAGE_SIZE, type FeedQuery } from './schemas';

/** A validated feed request: page and filter. */
export interface FeedPage {
	number: number;
	size: number;
	/** `YYYY-MM-DD HH:MM:SS` UTC, or null. */
	updatedSince: string | null;
}

export function feedPage(query: FeedQuery): FeedPage {
	return {
		number: query['page[number]'] ?? 1,
		size: query['page[size]'] ?? DEFAULT_PAGE_SIZE,
		updatedSince: query['filter[updatedSince]'] ?? query.updatedSince ?? null,
	};
}

/**
 * `{data, meta, links}`. Links are absolute on the shop's public URL (WordPress proxies the same path),
 * carry the same size and filter (canonical `filter[updatedSince]`), and the credentials as they came:
 * the `?token=` of a pasted feed URL (the request proved it; a client following `next` has nothing
 * else), nothing for a Bearer header (the client sends it again).
 */
export function feedDocument<T>(request: FastifyRequest, homeUrl: string, page: FeedPage, total: number, data: T[]) {
	const path = request.url.split('?')[0] ?? '';
	const last = Math.max(1, Math.ceil(total / page.size));
	const filter = page.updatedSince === null ? '' : `&filter[updatedSince]=${encodeURIComponent(`${page.updatedSince.replace(' ', 'T')}Z`)}`;
	const token = queryToken(request);
	const auth = token === null ? '' : `&token=${encodeURIComponent(token)}`;
	const at = (number: number) => `${homeUrl}${path}?page[number]=${number}&page[size]=${page.size}${filter}${auth}`;
	return {
		data,
		meta: { total, count: data.length, page: page.number, size: page.size },
		links: {
			self: at(page.number),
			first: at(1),
			prev: page.number > 1 ? at(Math.min(page.number - 1, last)) : null,
			next: page.number < last ? at(page.number + 1) : null,
			last: at(last),
		},
	};
}
