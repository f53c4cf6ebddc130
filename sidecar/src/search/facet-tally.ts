import type { FacetGroup, PriceRange } from '../repositories/products-search-queries';

/** Counted in a flat array while the key space is this small; a Map beyond (a shop with very many category combinations). */
const FLAT_LIMIT = 1 << 16;

/**
 * Counts matches by category set, price bucket and price-filter verdict: the groups every count of a
 * search answer is summed from (as the SQL search's GROUP BY does).
 */
export class FacetTally {
	private readonly flat: Int32Array | null;
	private readonly sparse = new Map<number, number>();
	private readonly width: number;

	constructor(sets: number, private readonly buckets: ReadonlyArray<PriceRange>) {
		this.width = (buckets.length + 1) * 2;
		this.flat = sets * this.width <= FLAT_LIMIT ? new Int32Array(sets * this.width) : null;
	}

	add(set: number, price: number, inPrice: boolean): void {
		const key = set * this.width + (this.bucketOf(price) + 1) * 2 + (inPrice ? 1 : 0);
		if (this.flat) this.flat[key] = (this.flat[key] ?? 0) + 1;
		else this.sparse.set(key, (this.sparse.get(key) ?? 0) + 1);
	}

	groups(categorySets: number[][]): FacetGroup[] {
		const entries = this.flat ? [...this.flat.entries()].filter(([, count]) => count > 0) : [...this.sparse];
		return entries.map(([key, count]) => {
			const bucket = Math.floor((key % this.width) / 2) - 1;
			return { categoryTtIds: categorySets[Math.floor(key / this.width)] ?? [], bucket: bucket === -1 ? null : bucket, inPrice: key % 2 === 1, count };
		});
	}

	/** The first bucket holding the price (as SQL's CASE), -1 for none or no price. */
	private bucketOf(price: number): number {
		for (let i = 0; i < this.buckets.length; i++) {
			const range = this.buckets[i];
			if (range && price >= range.from && (range.to === null || price < range.to)) return i;
		}
		return -1;
	}
}
