import type { SearchOrder } from '../woocommerce/catalog/products-search-queries';
import type { ProductIndex } from './product-index';

export interface Ranked {
	/** Per slot: 0 = not listed (no match, or filtered out), else relevance + 1. */
	scores: Int16Array;
	/** The listed slots (any order). */
	listed: Int32Array;
	order: SearchOrder;
	/** `desc` reverses the whole order, ties included (as the SQL search does). */
	dir: 'asc' | 'desc';
	offset: number;
	limit: number;
}

/** Above any relevance + 1 (100 + 10 + 8 words × 8 + 1). */
const SCORE_LIMIT = 256;
/** Up to this many listed slots are sorted; more are read off the kept orders, which stop at the page. */
const SORT_LIMIT = 512;

/** Slots of `list` (read backwards for `desc`) that `take` accepts, after skipping `skip` of them. */
function walk(list: readonly number[], dir: 'asc' | 'desc', take: (slot: number) => boolean, skip: number, limit: number): number[] {
	const page: number[] = [];
	const last = list.length - 1;
	for (let i = 0; i <= last && page.length < limit; i++) {
		const slot = list[dir === 'asc' ? i : last - i] ?? 0;
		if (!take(slot)) continue;
		if (skip > 0) skip--;
		else page.push(slot);
	}
	return page;
}

/**
 * Relevance: score first, then the best-seller order. Scores are small integers, so a histogram finds
 * which scores the page spans and only those are walked in best-seller order.
 */
function relevancePage(index: ProductIndex, ranked: Ranked): number[] {
	const histogram = new Int32Array(SCORE_LIMIT);
	for (let i = 0; i < ranked.listed.length; i++) {
		const value = ranked.scores[ranked.listed[i] ?? 0] ?? 0;
		histogram[value] = (histogram[value] ?? 0) + 1;
	}
	const values = [...histogram.keys()].filter((value) => (histogram[value] ?? 0) > 0);
	if (ranked.dir === 'asc') values.reverse();
	const page: number[] = [];
	let skip = ranked.offset;
	for (const value of values) {
		const count = histogram[value] ?? 0;
		if (skip >= count) {
			skip -= count;
			continue;
		}
		page.push(...walk(index.orders.relevance.slots, ranked.dir, (slot) => ranked.scores[slot] === value, skip, ranked.limit - page.length));
		skip = 0;
		if (page.length >= ranked.limit) break;
	}
	return page;
}

/** A few listed slots: sorted outright (best score first for relevance, then the kept order's rule). */
function sortedPage(index: ProductIndex, ranked: Ranked): number[] {
	const { compare } = index.orders[ranked.order];
	const byScore = ranked.order === 'relevance' ? (a: number, b: number) => (ranked.scores[b] ?? 0) - (ranked.scores[a] ?? 0) : () => 0;
	const sorted = [...ranked.listed].sort((a, b) => byScore(a, b) || compare(a, b));
	if (ranked.dir === 'desc') sorted.reverse();
	return sorted.slice(ranked.offset, ranked.offset + ranked.limit);
}

/** The slots on the asked page, in the asked order. */
export function pageOf(index: ProductIndex, ranked: Ranked): number[] {
	if (ranked.listed.length <= SORT_LIMIT) return sortedPage(index, ranked);
	if (ranked.order === 'relevance') return relevancePage(index, ranked);
	return walk(index.orders[ranked.order].slots, ranked.dir, (slot) => (ranked.scores[slot] ?? 0) > 0, ranked.offset, ranked.limit);
}
