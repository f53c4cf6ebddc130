import type { ProductDoc } from './catalog-source';
import { ChunkVocabulary } from './chunk-vocabulary';
import type { Collation } from './collation';
import { SlotOrder } from './slot-order';
import { yieldToEventLoop } from './yield';

/** Field bits in postings and per-word flags (the fields `LIKE` tries, in the SQL search's order). */
export const FIELD = { title: 1, excerpt: 2, content: 4, sku: 8 } as const;

/**
 * The published products as search sees them, one slot each. Slots are append-only: a changed product
 * gets a new slot and its old one dies, so postings stay sorted and need no deletes; a rebuild drops the
 * dead. Per-slot columns are plain arrays indexed by slot.
 */
export class ProductIndex {
	readonly vocabulary = new ChunkVocabulary();
	readonly productId: number[] = [];
	readonly alive: boolean[] = [];
	/** Bit per product_visibility slug (`visibilityBit`). */
	readonly visibility: number[] = [];
	/** min_price, NaN for none. */
	readonly price: number[] = [];
	readonly sales: number[] = [];
	/** Interned category set (`categorySets`). */
	readonly categorySet: number[] = [];
	/** Folded titles: the whole-phrase bonus needs the title itself, not its chunks. */
	readonly title: string[] = [];
	readonly nameKey: string[] = [];
	readonly categorySets: number[][] = [];
	readonly visibilityBit = new Map<string, number>();
	readonly orders: { relevance: SlotOrder; price: SlotOrder; name: SlotOrder };
	private readonly slotOf = new Map<number, number>();
	private readonly setIds = new Map<string, number>();
	/** Equality key of an exact SKU → the products it finds. */
	private readonly bySku = new Map<string, number[]>();
	private readonly skuKeysOf = new Map<number, string[]>();

	constructor(readonly collation: Collation) {
		const id = (slot: number) => this.productId[slot] ?? 0;
		const price = (slot: number) => this.price[slot] ?? NaN;
		this.orders = {
			// Best sellers first, then ids: relevance's order among equal scores.
			relevance: new SlotOrder((a, b) => (this.sales[b] ?? 0) - (this.sales[a] ?? 0) || id(a) - id(b)),
			// No price last, then cheapest, then ids.
			price: new SlotOrder((a, b) => Number(Number.isNaN(price(a))) - Number(Number.isNaN(price(b))) || (price(a) - price(b) || 0) || id(a) - id(b)),
			name: new SlotOrder((a, b) => collation.compareSortKeys(this.nameKey[a] ?? '', this.nameKey[b] ?? '') || id(a) - id(b)),
		};
	}

	get slots(): number {
		return this.productId.length;
	}

	get dead(): number {
		return this.slots - this.slotOf.size;
	}

	/** Adds (or replaces) a product; `sorted` false during a bulk load, which sorts once at the end. */
	put(doc: ProductDoc, sorted = true): void {
		this.remove(doc.id, sorted);
		const slot = this.slots;
		const visibilityBits = doc.visibility.reduce((bits, slug) => bits | this.bitOf(slug), 0);
		this.productId.push(doc.id);
		this.alive.push(true);
		this.visibility.push(visibilityBits);
		this.price.push(doc.price ?? NaN);
		this.sales.push(doc.sales);
		this.categorySet.push(this.setOf(doc.categories));
		this.title.push(this.collation.fold(doc.title));
		this.nameKey.push(doc.nameKey);
		this.slotOf.set(doc.id, slot);
		this.indexText(slot, doc);
		this.indexSkus(doc);
		if (sorted) for (const order of Object.values(this.orders)) order.insert(slot);
	}

	remove(productId: number, sorted = true): void {
		const slot = this.slotOf.get(productId);
		if (slot === undefined) return;
		if (sorted) for (const order of Object.values(this.orders)) order.delete(slot);
		this.alive[slot] = false;
		this.slotOf.delete(productId);
		for (const key of this.skuKeysOf.get(productId) ?? []) {
			const left = (this.bySku.get(key) ?? []).filter((id) => id !== productId);
			if (left.length > 0) this.bySku.set(key, left);
			else this.bySku.delete(key);
		}
		this.skuKeysOf.delete(productId);
	}

	/** After a bulk load: sorts the orders and seals the vocabulary, yielding between the steps. */
	async finish(): Promise<void> {
		const live = [...this.slotOf.values()];
		for (const order of Object.values(this.orders)) {
			order.reset(live);
			await yieldToEventLoop();
		}
		await this.vocabulary.seal();
	}

	/** The live slots of the products an exact SKU finds. */
	skuSlots(sku: string): number[] {
		return (this.bySku.get(this.collation.equalityKey(sku)) ?? []).map((id) => this.slotOf.get(id)).filter((slot): slot is number => slot !== undefined);
	}

	private bitOf(slug: string): number {
		let bit = this.visibilityBit.get(slug);
		if (bit === undefined) {
			if (this.visibilityBit.size >= 30) throw new Error('search index: too many product_visibility terms');
			bit = 1 << this.visibilityBit.size;
			this.visibilityBit.set(slug, bit);
		}
		return bit;
	}

	private setOf(categories: number[]): number {
		const key = categories.join(',');
		let id = this.setIds.get(key);
		if (id === undefined) {
			id = this.categorySets.length;
			this.setIds.set(key, id);
			this.categorySets.push(categories);
		}
		return id;
	}

	/** Each field folded and cut at whitespace-weighted units; a chunk found in several fields is posted once. */
	private indexText(slot: number, doc: ProductDoc): void {
		const bits = new Map<string, number>();
		const fields: Array<[string | null, number]> = [[doc.title, FIELD.title], [doc.excerpt, FIELD.excerpt], [doc.content, FIELD.content], [doc.sku, FIELD.sku]];
		for (const [text, bit] of fields) {
			const folded = text === null ? '' : this.collation.fold(text);
			let start = 0;
			for (let i = 0; i <= folded.length; i++) {
				if (i < folded.length && !this.collation.isSeparator(folded.charCodeAt(i))) continue;
				if (i > start) {
					const chunk = folded.slice(start, i);
					bits.set(chunk, (bits.get(chunk) ?? 0) | bit);
				}
				start = i + 1;
			}
		}
		for (const [chunk, bit] of bits) this.vocabulary.add(chunk, slot, bit);
	}

	private indexSkus(doc: ProductDoc): void {
		const keys = [...new Set(doc.exactSkus.map((sku) => this.collation.equalityKey(sku)).filter((key) => key !== ''))];
		for (const key of keys) this.bySku.set(key, [...(this.bySku.get(key) ?? []), doc.id]);
		this.skuKeysOf.set(doc.id, keys);
	}
}
