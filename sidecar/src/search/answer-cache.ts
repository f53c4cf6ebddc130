import { LRUCache } from 'lru-cache';
import type { FacetGroup, MatchQuery } from '../woocommerce/catalog/products-search-queries';

export interface Answer {
	ids: number[];
	groups: FacetGroup[];
}

/** Bounds the cache by what answers hold (a page id or a facet group ≈ 100 bytes): about 20 MB at most. */
const MAX_UNITS = 200_000;
const MAX_ANSWERS = 1000;

/** Everything of a query the index answers from (the category list is SQL's: the index groups by its own sets). */
const keyOf = (q: MatchQuery) => JSON.stringify([q.words, q.sku, q.excludeTerms, q.inCategories, q.price, q.orderBy, q.dir, q.limit, q.offset, q.buckets]);

/**
 * Answers of one index state: a repeated search (the next shopper typing "hoodie", a page reloaded) is
 * read back instead of counted again. The keeper clears it whenever a product enters, changes or leaves
 * the index, so an answer never outlives the products it was counted from. Per process, like the index.
 */
export class AnswerCache {
	private readonly answers = new LRUCache<string, Answer>({ max: MAX_ANSWERS, maxSize: MAX_UNITS, sizeCalculation: (a) => 1 + a.ids.length + a.groups.length });
	private generation = 0;

	get(query: MatchQuery): Answer | undefined {
		return this.answers.get(keyOf(query));
	}

	/** The generation to hand back to `set`: an answer counted across a change is not kept. */
	get current(): number {
		return this.generation;
	}

	set(query: MatchQuery, answer: Answer, generation: number): void {
		if (generation === this.generation) this.answers.set(keyOf(query), answer);
	}

	clear(): void {
		this.generation++;
		this.answers.clear();
	}
}
