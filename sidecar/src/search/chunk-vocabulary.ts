/**
 * The distinct whitespace-free runs ("chunks") of folded product text, each with its postings: the slots
 * whose text holds it, and in which fields (a bit each). A search word has no whitespace, so every place
 * it occurs lies inside one chunk: the chunks that contain the word name exactly the products and fields
 * `LIKE '%word%'` matches. They are found among the chunks holding the word's rarest trigram, or for a
 * word of one or two units by a substring scan of all distinct chunks (a few MB for 100k products).
 */
import { TrigramIndex } from './trigram-index';

/** Slots flagged so far (a typed array: a search may flag every product). */
interface Touched {
	slots: Int32Array;
	count: number;
}

export class ChunkVocabulary {
	private readonly idOf = new Map<string, number>();
	private readonly chunks: string[] = [];
	/** Per chunk: slot * 16 + field bits, in slot order (slots only grow); a lone posting is kept unboxed. */
	private readonly postings: Array<number | number[]> = [];
	/** Chunks [0, sealedCount) joined by unit 0 (no class is 0), scanned with indexOf; later ones one by one. */
	private sealed = '';
	private starts = new Int32Array(1);
	private sealedCount = 0;
	private trigrams = TrigramIndex.empty;
	private units = 0;

	/** Records that `slot` holds `chunk` in the fields `bits`. */
	add(chunk: string, slot: number, bits: number): void {
		let id = this.idOf.get(chunk);
		if (id === undefined) {
			id = this.chunks.length;
			this.idOf.set(chunk, id);
			this.chunks.push(chunk);
			this.units += chunk.length;
			this.postings.push(slot * 16 + bits);
			return;
		}
		const list = this.postings[id] ?? [];
		if (typeof list === 'number') this.postings[id] = [list, slot * 16 + bits];
		else list.push(slot * 16 + bits);
	}

	/** Joins the chunks added so far into the scanned text and indexes their trigrams (after a bulk load). */
	async seal(): Promise<void> {
		this.sealed = this.chunks.join('\u0000');
		this.starts = new Int32Array(this.chunks.length + 1);
		let at = 0;
		this.chunks.forEach((chunk, i) => {
			this.starts[i] = at;
			at += chunk.length + 1;
		});
		this.starts[this.chunks.length] = at;
		this.trigrams = await TrigramIndex.build(this.chunks);
		this.sealedCount = this.starts.length - 1;
	}

	/** Total length of the distinct chunks: what the memory budget watches. */
	get size(): number {
		return this.units;
	}

	/** How many chunks arrived since the last seal (a rebuild folds them in). */
	get unsealed(): number {
		return this.chunks.length - this.sealedCount;
	}

	/** ORs the field bits of every slot whose text contains `word` into `flags` (indexed by slot); returns those slots. */
	collect(word: string, flags: Uint8Array): Int32Array {
		const touched: Touched = { slots: new Int32Array(flags.length), count: 0 };
		const likely = this.trigrams.candidates(word);
		if (likely) {
			for (const id of likely) if (this.chunks[id]?.includes(word)) this.post(id, flags, touched);
		} else {
			for (let at = this.sealed.indexOf(word); at !== -1;) {
				const id = this.chunkAt(at);
				this.post(id, flags, touched);
				at = this.sealed.indexOf(word, this.starts[id + 1]);
			}
		}
		for (let id = this.sealedCount; id < this.chunks.length; id++) if (this.chunks[id]?.includes(word)) this.post(id, flags, touched);
		return touched.slots.subarray(0, touched.count);
	}

	/** ORs a chunk's field bits into `flags`; `touched` gets each slot the first time it is flagged. */
	private post(id: number, flags: Uint8Array, touched: Touched): void {
		const list = this.postings[id] ?? [];
		for (const entry of typeof list === 'number' ? [list] : list) {
			const slot = entry >>> 4;
			if (flags[slot] === 0) touched.slots[touched.count++] = slot;
			flags[slot] = (flags[slot] ?? 0) | (entry & 15);
		}
	}

	/** The sealed chunk covering offset `at` (binary search over the start offsets). */
	private chunkAt(at: number): number {
		let low = 0;
		let high = this.sealedCount - 1;
		while (low < high) {
			const mid = (low + high + 1) >>> 1;
			if ((this.starts[mid] ?? 0) <= at) low = mid;
			else high = mid - 1;
		}
		return low;
	}
}
