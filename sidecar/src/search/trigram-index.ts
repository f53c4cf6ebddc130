import { SLICE, yieldToEventLoop } from './yield';

/** Folded units are below 2^16: three of them make one exact numeric key. */
const UNIT = 0x10000;

const keyAt = (text: string, at: number) => (text.charCodeAt(at) * UNIT + text.charCodeAt(at + 1)) * UNIT + text.charCodeAt(at + 2);

/**
 * For each three-unit sequence, the ids of the texts holding it, ascending. A word of three units or
 * more occurs only in texts holding each of its trigrams, so its rarest trigram's list is a short
 * candidate list that a plain `includes` then checks.
 */
export class TrigramIndex {
	private constructor(private readonly lists: Map<number, Int32Array>) {}

	static readonly empty = new TrigramIndex(new Map());

	/** Indexes `texts` in slices, yielding between them. */
	static async build(texts: readonly string[]): Promise<TrigramIndex> {
		const building = new Map<number, number[]>();
		for (let id = 0; id < texts.length; id++) {
			const text = texts[id] ?? '';
			for (let at = 0; at + 3 <= text.length; at++) {
				const key = keyAt(text, at);
				const list = building.get(key);
				if (!list) building.set(key, [id]);
				else if (list[list.length - 1] !== id) list.push(id);
			}
			if (id % (SLICE * 20) === 0) await yieldToEventLoop();
		}
		const lists = new Map<number, Int32Array>();
		for (const [key, list] of building) lists.set(key, Int32Array.from(list));
		return new TrigramIndex(lists);
	}

	/** Ids of the texts that may hold `word` (a superset); null for a word under three units. */
	candidates(word: string): Int32Array | null {
		if (word.length < 3) return null;
		let best: Int32Array | undefined;
		for (let at = 0; at + 3 <= word.length; at++) {
			const list = this.lists.get(keyAt(word, at)) ?? new Int32Array(0);
			if (!best || list.length < best.length) best = list;
		}
		return best ?? null;
	}
}
