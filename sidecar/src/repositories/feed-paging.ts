/**
 * Page-numbered feeds over large tables without deep OFFSET scans. Every feed orders by its primary key;
 * when a client walks the pages in order (what an incremental pull does), the last id of page N is kept
 * and page N+1 is read with `id > last` (keyset). An unknown page falls back to OFFSET on the same order.
 * Totals are cached briefly per filter set, so a crawl counts once rather than once per page.
 */

/** Where a page starts: after an id (keyset) or at an offset. */
export interface PageStart {
	afterId: number | null;
	offset: number;
}

export interface PageRequest {
	/** Identifies the feed and its filters; pages of different filters never share cursors. */
	key: string;
	/** 1-based. */
	number: number;
	size: number;
}

const CURSOR_TTL_MS = 10 * 60_000;
const TOTAL_TTL_MS = 10_000;
const MAX_ENTRIES = 5000;

interface Entry<T> {
	value: T;
	at: number;
}

/** A small map whose entries expire and whose oldest entries go first when it is full. */
function boundedMap<T>(ttlMs: number, now: () => number) {
	const map = new Map<string, Entry<T>>();
	return {
		get(key: string): T | undefined {
			const entry = map.get(key);
			if (!entry || now() - entry.at >= ttlMs) return undefined;
			return entry.value;
		},
		set(key: string, value: T): void {
			map.delete(key);
			if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string);
			map.set(key, { value, at: now() });
		},
		delete: (key: string) => void map.delete(key),
	};
}

export interface FeedPager {
	/** Reads one page with `read`, which must order by id ascending and honour `start`. */
	page<T extends { id: number }>(request: PageRequest, read: (start: PageStart, limit: number) => Promise<T[]>): Promise<T[]>;
	/** `count()` for this key, cached for a few seconds (shared by concurrent callers). */
	total(key: string, count: () => Promise<number>): Promise<number>;
}

export function createFeedPager(now: () => number = Date.now): FeedPager {
	const cursors = boundedMap<number>(CURSOR_TTL_MS, now);
	const totals = boundedMap<Promise<number>>(TOTAL_TTL_MS, now);
	const cursorKey = (r: PageRequest, number: number) => `${r.key}|${r.size}|${number}`;
	return {
		async page(request, read) {
			const afterId = request.number === 1 ? null : cursors.get(cursorKey(request, request.number)) ?? null;
			const start = { afterId, offset: afterId === null ? (request.number - 1) * request.size : 0 };
			const rows = await read(start, request.size);
			const last = rows[rows.length - 1];
			if (last && rows.length === request.size) cursors.set(cursorKey(request, request.number + 1), last.id);
			return rows;
		},
		total(key, count) {
			const cached = totals.get(key);
			if (cached) return cached;
			const pending = count();
			totals.set(key, pending);
			// A failed count is not cached: the next request retries.
			pending.catch(() => totals.delete(key));
			return pending;
		},
	};
}

/** `AND id > ?` and `LIMIT ? OFFSET ?` for a page start: the SQL tail every feed query ends with. */
export function pageTail(idColumn: string, start: PageStart, limit: number): { where: string; tail: string; whereParams: unknown[]; tailParams: unknown[] } {
	return {
		where: start.afterId === null ? '' : ` AND ${idColumn} > ?`,
		whereParams: start.afterId === null ? [] : [start.afterId],
		tail: ` ORDER BY ${idColumn} LIMIT ? OFFSET ?`,
		tailParams: [limit, start.offset],
	};
}
