import type { Db } from '../woocommerce/db';
import { AnswerCache } from './answer-cache';
import type { FacetGroup, MatchQuery } from '../woocommerce/catalog/products-search-queries';
import { changesSince, loadDocs, type ProductDoc } from './catalog-source';
import { loadCollation, type Collation } from './collation';
import { countIndex, pageAnswer } from './index-query';
import { ProductIndex } from './product-index';
import { SLICE, yieldToEventLoop } from './yield';

export interface SearchIndexOptions {
	/** How often the index asks the database for changed products (freshness). */
	pollMs: number;
	/** A full rebuild drops dead slots and catches changes no save stamps (sales counts, deleted rows). */
	rebuildMs: number;
	warn: (message: string, error?: unknown) => void;
	info: (message: string) => void;
	/** After each build: every indexed product id, best sellers first (relevance's order among equal scores). */
	built?: (productIds: number[]) => void;
	/** After a poll found products changed (saved, stocked, trashed, re-termed), before the index shows them. */
	changed?: (productIds: number[]) => void;
}

export interface ProductSearchIndex {
	/** The index's answer; null while it is being built, or when it cannot answer a query exactly. */
	search(query: MatchQuery): Promise<{ ids: number[]; groups: FacetGroup[] } | null>;
	/** Resolves once the index answers (or gave up). */
	ready(): Promise<void>;
	close(): void;
}

/** Past this much distinct text the index gives up and search stays on SQL: memory stays bounded. */
const MAX_VOCABULARY_UNITS = 64_000_000;
/** Characters learnt from search text alone (not from the catalog) are bounded too. */
const MAX_KNOWN_CHARACTERS = 200_000;
/** Changes are read again for this long: a save committed late with an earlier stamp is not missed. */
const OVERLAP_MS = 10_000;
const RETRY_MS = 30_000;
/** Half a UTF-16 pair: no character, so no weight to look up (SQL answers such a search). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const textsOf = (doc: ProductDoc) => [doc.title, doc.excerpt, doc.content, doc.sku ?? '', ...doc.exactSkus];
const sqlTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const msOf = (time: string) => Date.parse(`${time.replace(' ', 'T')}Z`);

async function put(index: ProductIndex, docs: ProductDoc[], sorted: boolean): Promise<void> {
	await index.collation.learn(docs.flatMap(textsOf));
	for (let at = 0; at < docs.length; at += SLICE) {
		for (const doc of docs.slice(at, at + SLICE)) index.put(doc, sorted);
		await yieldToEventLoop();
	}
}

class OverBudget extends Error {}

async function build(db: Db, prefix: string, collation: Collation | undefined): Promise<ProductIndex> {
	const index = new ProductIndex(collation ?? (await loadCollation(db, prefix)));
	for await (const docs of loadDocs(db, prefix, null)) {
		await put(index, docs, false);
		if (index.vocabulary.size > MAX_VOCABULARY_UNITS) throw new OverBudget(`search index: catalog text over budget (${index.vocabulary.size} units); search uses SQL`);
	}
	await index.finish();
	return index;
}

/** Re-reads the changed products: a product no longer published (or gone) leaves the index. */
async function apply(db: Db, prefix: string, index: ProductIndex, productIds: number[]): Promise<void> {
	const found = new Set<number>();
	for await (const docs of loadDocs(db, prefix, productIds)) {
		await put(index, docs, true);
		for (const doc of docs) found.add(doc.id);
	}
	for (const id of productIds) if (!found.has(id)) index.remove(id);
}

/**
 * An in-memory index of the published products, one per sidecar process (several sidecars each keep
 * their own; all state they share is the database). Built at start, kept fresh by polling the products'
 * modification stamps every `pollMs`, rebuilt every `rebuildMs`. Only reads the database.
 */
class IndexKeeper implements ProductSearchIndex {
	private current: ProductIndex | null = null;
	private closed = false;
	private timer: NodeJS.Timeout | undefined;
	/** The database's clock at the last poll (or build): changes are read from there, less OVERLAP_MS. */
	private watermark = '';
	private applied = new Set<string>();
	private nextBuild = 0;
	private readonly first: Promise<void>;
	private readonly answers = new AnswerCache();

	constructor(private readonly db: Db, private readonly prefix: string, private readonly options: SearchIndexOptions) {
		this.first = this.tick().catch((error: unknown) => options.warn('search index build failed; search uses SQL', error)).finally(() => this.schedule());
	}

	ready(): Promise<void> {
		return this.first;
	}

	close(): void {
		this.closed = true;
		clearTimeout(this.timer);
	}

	async search(query: MatchQuery): Promise<{ ids: number[]; groups: FacetGroup[] } | null> {
		const index = this.current;
		if (!index) return null;
		const cached = this.answers.get(query);
		if (cached) return cached;
		const texts = [...query.words, query.sku ?? ''];
		if (texts.some((text) => LONE_SURROGATE.test(text))) return null;
		if (index.collation.size > MAX_KNOWN_CHARACTERS && !index.collation.knows(texts)) return null;
		const generation = this.answers.current;
		await index.collation.learn(texts);
		const counted = this.answers.counted(query) ?? countIndex(index, query, query.words.map((word) => index.collation.fold(word)));
		if (!counted) return null;
		const answer = pageAnswer(index, counted, query);
		if (index === this.current) this.answers.set(query, answer, counted, generation);
		return answer;
	}

	private schedule(): void {
		if (this.closed) return;
		const run = () => void this.tick().catch((error: unknown) => this.options.warn('search index refresh failed', error)).finally(() => this.schedule());
		this.timer = setTimeout(run, this.options.pollMs);
		this.timer.unref();
	}

	private async tick(): Promise<void> {
		const index = this.current;
		const worn = index !== null && (index.dead > Math.max(1000, index.slots / 4) || index.vocabulary.unsealed > 50_000);
		if (Date.now() >= this.nextBuild || worn) await this.rebuild();
		else if (index) await this.refresh(index);
	}

	private async rebuild(): Promise<void> {
		// A failed build is retried soon; one over budget only at the next scheduled rebuild.
		this.nextBuild = Date.now() + Math.min(this.options.rebuildMs, RETRY_MS);
		try {
			const { now } = await changesSince(this.db, this.prefix, '9999-12-31 00:00:00');
			const started = Date.now();
			const index = await build(this.db, this.prefix, this.current?.collation);
			[this.current, this.watermark, this.applied, this.nextBuild] = [index, now, new Set(), Date.now() + this.options.rebuildMs];
			this.answers.clear();
			this.options.built?.(index.orders.relevance.slots.map((slot) => index.productId[slot] ?? 0));
			const { heapUsed, arrayBuffers } = process.memoryUsage();
			const heapMb = Math.round((heapUsed + arrayBuffers) / 1e6);
			this.options.info(`search index built: ${index.slots} products, ${index.vocabulary.size} units of distinct text, in ${Date.now() - started} ms; process heap and typed arrays in use ${heapMb} MB (the index, the rest of the sidecar, garbage not yet collected)`);
		} catch (error) {
			if (error instanceof OverBudget) [this.current, this.nextBuild] = [null, Date.now() + this.options.rebuildMs];
			this.answers.clear();
			throw error;
		}
	}

	private async refresh(index: ProductIndex): Promise<void> {
		const { changes, now } = await changesSince(this.db, this.prefix, sqlTime(msOf(this.watermark) - OVERLAP_MS));
		// A stamp in or after the second of the last poll may hide a second save in that same second: read again.
		const fresh = changes.filter((change) => !this.applied.has(change.version) || change.modified >= this.watermark);
		if (fresh.length > 0) {
			// Cleared before (a search counted during the change is not kept) and after (none from before it is).
			this.answers.clear();
			const productIds = [...new Set(fresh.map((change) => change.productId))];
			this.options.changed?.(productIds);
			await apply(this.db, this.prefix, index, productIds);
			this.answers.clear();
		}
		[this.watermark, this.applied] = [now, new Set(changes.map((change) => change.version))];
	}
}

export function startSearchIndex(db: Db, prefix: string, options: SearchIndexOptions): ProductSearchIndex {
	return new IndexKeeper(db, prefix, options);
}
