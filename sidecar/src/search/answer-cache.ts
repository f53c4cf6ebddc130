import { LRUCache } from 'lru-cache';
import type { FacetGroup, MatchQuery } from '../woocommerce/catalog/products-search-queries';
import type { Counted } from './index-query';

export interface Answer {
	ids: number[];
	groups: FacetGroup[];
}

/** Bounds the cache by what answers hold (a page id or a facet group ≈ 100 bytes): about 20 MB at most. */
const MAX_UNITS = 200_000;
const MAX_ANSWERS = 1000;
/** Counted matches are kept up to this many bytes: at 100k products a common word's take 0.6 MB, so about 40 of them. */
const MAX_COUNTED_BYTES = 24_000_000;
/** A facet group's bytes, about. */
const GROUP_BYTES = 100;

/** Everything of a query its matches are counted from (the category list is SQL's: the index groups by its own sets). */
const countKeyOf = (q: MatchQuery) => JSON.stringify([q.words, q.sku, q.excludeTerms, q.inCategories, q.price, q.buckets]);
/** …and the page: everything an answer is read from. */
const keyOf = (q: MatchQuery) => JSON.stringify([countKeyOf(q), q.orderBy, q.dir, q.limit, q.offset]);

/**
 * Answers of one index state: a repeated search (the next shopper typing "hoodie", a page reloaded) is
 * read back instead of counted again, and another page or order of a search asked before is read off its
 * kept count. The keeper clears both whenever a product enters, changes or leaves the index, so nothing
 * outlives the products it was counted from. Per process, like the index.
 */
export class AnswerCache {
	private readonly answers = new LRUCache<string, Answer>({ max: MAX_ANSWERS, maxSize: MAX_UNITS, sizeCalculation: (a) => 1 + a.ids.length + a.groups.length });
	private readonly counts = new LRUCache<string, Counted>({
		maxSize: MAX_COUNTED_BYTES, sizeCalculation: (c) => 1 + c.scores.byteLength + c.listed.byteLength + c.groups.length * GROUP_BYTES,
	});
	private generation = 0;

	get(query: MatchQuery): Answer | undefined {
		return this.answers.get(keyOf(query));
	}

	/** The query's kept count (any page, any order). */
	counted(query: MatchQuery): Counted | undefined {
		return this.counts.get(countKeyOf(query));
	}

	/** The generation to hand back to `set`: an answer counted across a change is not kept. */
	get current(): number {
		return this.generation;
	}

	set(query: MatchQuery, answer: Answer, counted: Counted, generation: number): void {
		if (generation !== this.generation) return;
		this.answers.set(keyOf(query), answer);
		this.counts.set(countKeyOf(query), counted);
	}

	clear(): void {
		this.generation++;
		this.answers.clear();
		this.counts.clear();
	}
}
