import { LRUCache } from 'lru-cache';
import type { AssembledProduct } from '../woocommerce/catalog/product-assembly';

/** Heap kept for listings: the 100k bench store's 21.6k best sellers (58 MB estimated, 51 MB measured between two GCs). */
export const LISTING_BYTES = 64_000_000;
/** Changes no save stamps (sales counts, an attachment's files, a term renamed) show within this, as in the index (its rebuild). */
const MAX_AGE_MS = 10 * 60_000;
/**
 * A product changed this recently is loaded afresh but not kept: the load may have started before the
 * change, or read a replica still behind it (DATABASE_REPLICA_MAX_LAG_SECONDS, 5 s by default).
 */
const SETTLE_MS = 10_000;
/**
 * Warming loads this many products a query, one query at a time: live searches (and a shutdown signal) come
 * between batches, and each batch's assembly holds the event loop only briefly.
 */
const WARM_BATCH = 50;
/** Warming stops here: beyond it, each warmed product would evict an earlier (better-selling) one. */
const WARM_FILL = 0.9;

/** Heap bytes of an entry from its JSON length (at 100k: 195 MB of objects for 109 MB of JSON, ×1.8). */
const sizeOf = (entry: AssembledProduct) => Math.ceil(JSON.stringify(entry.product).length * 1.8) + 200;

/** Published products assembled afresh from the database (`loadProducts` with the store's current facts). */
export type LoadListings = (ids: number[]) => Promise<AssembledProduct[]>;

/**
 * Assembled products for search pages, kept across searches: a page of a common word is read from
 * memory instead of ten products' posts, postmeta, terms and images from the database. Entries leave
 * when the search index's change poll names the product (`changed`), when a scheduled sale starts or ends
 * (`priceChangesAt`), after MAX_AGE_MS, when the store facts they were assembled with change, and, past
 * LISTING_BYTES, least recently shown first. Per process, like the index.
 */
export class ListingCache {
	private readonly entries: LRUCache<number, AssembledProduct>;
	/** The store facts the entries were assembled with (permalinks, uploads URL, hidden out-of-stock). */
	private facts = '';
	/** When each recently changed product changed (ms). */
	private readonly changedAt = new Map<number, number>();
	private shut = false;

	constructor(private readonly maxBytes = LISTING_BYTES) {
		this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: sizeOf, ttl: MAX_AGE_MS });
	}

	/** Entries and their estimated heap bytes. */
	get usage(): { products: number; bytes: number } {
		return { products: this.entries.size, bytes: this.entries.calculatedSize };
	}

	/** The published products among `ids`, in that order: kept ones as kept, the others loaded (and kept). */
	async products(ids: number[], facts: string, load: LoadListings): Promise<AssembledProduct[]> {
		this.use(facts);
		const kept = new Map(ids.map((id) => [id, this.entries.get(id)]));
		const missing = ids.filter((id) => kept.get(id) === undefined);
		const loaded = missing.length > 0 ? await this.load(missing, facts, load) : new Map<number, AssembledProduct>();
		return ids.map((id) => kept.get(id) ?? loaded.get(id)).filter((entry): entry is AssembledProduct => entry !== undefined);
	}

	/** Loads the products of `ids` not kept yet, in that order (best sellers first), until the budget is nearly used. */
	async warm(ids: number[], facts: string, load: LoadListings): Promise<void> {
		if (this.shut) return;
		this.use(facts);
		for (let at = 0; at < ids.length && !this.shut && this.facts === facts && this.entries.calculatedSize < this.maxBytes * WARM_FILL; at += WARM_BATCH) {
			const batch = ids.slice(at, at + WARM_BATCH).filter((id) => !this.entries.has(id));
			if (batch.length > 0) await this.load(batch, facts, load);
		}
	}

	/** The search index saw these products change: they are read afresh from now on. */
	changed(productIds: number[]): void {
		const now = Date.now();
		for (const [id, at] of this.changedAt) if (now - at > SETTLE_MS) this.changedAt.delete(id);
		for (const id of productIds) {
			this.entries.delete(id);
			this.changedAt.delete(id);
			this.changedAt.set(id, now);
		}
	}

	/** Drops every listing and stops a warm-up under way (the sidecar is closing). */
	get closed(): boolean {
		return this.shut;
	}

	close(): void {
		this.shut = true;
		this.entries.clear();
	}

	private use(facts: string): void {
		if (facts === this.facts) return;
		this.facts = facts;
		this.entries.clear();
	}

	private async load(ids: number[], facts: string, load: LoadListings): Promise<Map<number, AssembledProduct>> {
		const started = Date.now();
		const loaded = new Map((await load(ids)).map((entry) => [entry.product.id, entry]));
		if (facts !== this.facts) return loaded;
		const now = Date.now();
		for (const [id, entry] of loaded) {
			if ((this.changedAt.get(id) ?? -Infinity) >= started - SETTLE_MS) continue;
			const ttl = entry.priceChangesAt === null ? MAX_AGE_MS : Math.min(MAX_AGE_MS, entry.priceChangesAt * 1000 - now);
			if (ttl > 0) this.entries.set(id, entry, { ttl });
		}
		return loaded;
	}
}
