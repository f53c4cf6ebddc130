import type { FacetGroup, PriceRange } from '../woocommerce/catalog/products-search-queries';

/** Counted in a flat array while the key space is this small; a Map beyond (a shop with very many category combinations). */
const FLAT_LIMIT = 1 << 16;

/** What a slot's facet key is made of: its interned category set and its price (NaN for none). */
export interface FacetColumns {
	readonly categorySet: readonly number[];
	readonly price: readonly number[];
}

/** The first bucket holding the price (as SQL's CASE), -1 for none or no price. */
function bucketOf(buckets: ReadonlyArray<PriceRange>, price: number): number {
	for (let i = 0; i < buckets.length; i++) {
		const range = buckets[i];
		if (range && price >= range.from && (range.to === null || price < range.to)) return i;
	}
	return -1;
}

/**
 * Per slot: set × width + (bucket + 1) × 2, the tally key of a match outside the price filter (+ 1 inside).
 * A slot's set and price never change (an edit takes a new slot), so keys are computed once per index and
 * bucket list, and only new slots are added later: a search then counts a match with one array increment.
 */
class SlotKeys {
	keys = new Int32Array(0);
	count = 0;

	constructor(readonly buckets: ReadonlyArray<PriceRange>, readonly width: number) {}

	upTo(columns: FacetColumns, slots: number): Int32Array {
		if (this.keys.length < slots) {
			const grown = new Int32Array(Math.max(slots, this.keys.length * 2));
			grown.set(this.keys.subarray(0, this.count));
			this.keys = grown;
		}
		for (; this.count < slots; this.count++) {
			const bucket = bucketOf(this.buckets, columns.price[this.count] ?? NaN);
			this.keys[this.count] = (columns.categorySet[this.count] ?? 0) * this.width + (bucket + 1) * 2;
		}
		return this.keys;
	}
}

/** One entry per index (its columns only grow); a search with another bucket list replaces it. */
const slotKeys = new WeakMap<FacetColumns, SlotKeys>();

/**
 * Counts matches by category set, price bucket and price-filter verdict: the groups every count of a
 * search answer is summed from (as the SQL search's GROUP BY does).
 */
export class FacetTally {
	private readonly flat: Int32Array | null;
	private readonly sparse = new Map<number, number>();
	private readonly width: number;
	/** Per slot: its key (see SlotKeys). */
	readonly keys: Int32Array;

	constructor(columns: FacetColumns, sets: number, buckets: ReadonlyArray<PriceRange>) {
		this.width = (buckets.length + 1) * 2;
		this.flat = sets * this.width <= FLAT_LIMIT ? new Int32Array(sets * this.width) : null;
		let cached = slotKeys.get(columns);
		if (!cached || cached.buckets !== buckets) slotKeys.set(columns, (cached = new SlotKeys(buckets, this.width)));
		this.keys = cached.upTo(columns, columns.price.length);
	}

	/** Counts a match: `inPrice` 1 when it passes the price filter, else 0. */
	add(slot: number, inPrice: number): void {
		const key = (this.keys[slot] ?? 0) + inPrice;
		if (this.flat) this.flat[key] = (this.flat[key] ?? 0) + 1;
		else this.sparse.set(key, (this.sparse.get(key) ?? 0) + 1);
	}

	groups(categorySets: number[][]): FacetGroup[] {
		const groups: FacetGroup[] = [];
		const group = (key: number, count: number) => {
			const bucket = ((key % this.width) >> 1) - 1;
			groups.push({ categoryTtIds: categorySets[Math.floor(key / this.width)] ?? [], bucket: bucket === -1 ? null : bucket, inPrice: (key & 1) === 1, count });
		};
		if (!this.flat) for (const [key, count] of this.sparse) group(key, count);
		else for (let key = 0; key < this.flat.length; key++) if (this.flat[key] !== 0) group(key, this.flat[key] ?? 0);
		return groups;
	}
}
