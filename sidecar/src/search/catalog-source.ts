import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../woocommerce/db';

/** What search reads of one published product (the same columns the SQL search reads). */
export interface ProductDoc {
	id: number;
	title: string;
	excerpt: string;
	content: string;
	/** The product's own lookup SKU (what a word may match); null without a lookup row. */
	sku: string | null;
	/** wc_product_meta_lookup.min_price; null without one. */
	price: number | null;
	sales: number;
	/** WEIGHT_STRING(post_title) as latin1 text, cut at max_sort_length as ORDER BY cuts it. */
	nameKey: string;
	/** product_cat term_taxonomy ids, ascending. */
	categories: number[];
	/** product_visibility slugs. */
	visibility: string[];
	/** Exact SKUs that find this product: its own and its variations' (any status, as in SQL). */
	exactSkus: string[];
}

const BATCH = 5000;

interface Fragment {
	sql: string;
	params: unknown[];
}

/** A batch's products: a few ids, or (a full load) the id range of a batch, which index ranges read cheaply. */
type Scope = { ids: number[] } | { from: number; to: number };

function within(column: string, scope: Scope): Fragment {
	return 'ids' in scope ? { sql: `${column} IN (?)`, params: [scope.ids] } : { sql: `${column} BETWEEN ? AND ?`, params: [scope.from, scope.to] };
}

async function termsOf(db: Db, prefix: string, ids: number[], scope: Scope): Promise<Map<number, { categories: number[]; visibility: string[] }>> {
	const objects = within('tr.object_id', scope);
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT tr.object_id AS id, tt.taxonomy, tt.term_taxonomy_id AS ttId, t.slug FROM \`${prefix}term_relationships\` tr
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_taxonomy_id = tr.term_taxonomy_id JOIN \`${prefix}terms\` t ON t.term_id = tt.term_id
		WHERE ${objects.sql} AND tt.taxonomy IN ('product_cat', 'product_visibility') ORDER BY tr.object_id, tt.term_taxonomy_id`, objects.params);
	const terms = new Map(ids.map((id) => [id, { categories: [] as number[], visibility: [] as string[] }]));
	for (const row of rows) {
		const entry = terms.get(Number(row.id));
		if (row.taxonomy === 'product_cat') entry?.categories.push(Number(row.ttId));
		else entry?.visibility.push(String(row.slug));
	}
	return terms;
}

/** Every non-empty lookup SKU that names one of `ids`: a product's own, or a variation's (its parent). */
async function skusOf(db: Db, prefix: string, ids: number[], scope: Scope): Promise<Map<number, string[]>> {
	const [own, parents] = [within('sl.product_id', scope), within('v.post_parent', scope)];
	// Two index ranges instead of one OR, which MariaDB answers with a slow index merge. `ids` are products.
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT sl.product_id AS target, sl.sku FROM \`${prefix}wc_product_meta_lookup\` sl WHERE ${own.sql} AND sl.sku <> ''
		UNION ALL SELECT v.post_parent, sl.sku FROM \`${prefix}posts\` v JOIN \`${prefix}wc_product_meta_lookup\` sl ON sl.product_id = v.ID
		WHERE ${parents.sql} AND v.post_type = 'product_variation' AND sl.sku <> ''`, [...own.params, ...parents.params]);
	const skus = new Map(ids.map((id) => [id, [] as string[]]));
	for (const row of rows) skus.get(Number(row.target))?.push(String(row.sku));
	return skus;
}

async function postsAfter(db: Db, prefix: string, after: number, ids: number[] | null): Promise<RowDataPacket[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT p.ID AS id, p.post_title AS title, p.post_excerpt AS excerpt, p.post_content AS content, l.sku, l.min_price AS price,
			COALESCE(l.total_sales, 0) AS sales, SUBSTRING(WEIGHT_STRING(p.post_title), 1, @@max_sort_length) AS nameKey
		FROM \`${prefix}posts\` p LEFT JOIN \`${prefix}wc_product_meta_lookup\` l ON l.product_id = p.ID
		WHERE p.post_type = 'product' AND p.post_status = 'publish' AND p.ID > ? ${ids ? 'AND p.ID IN (?)' : ''} ORDER BY p.ID LIMIT ?`,
		ids ? [after, ids, BATCH] : [after, BATCH]);
	return rows;
}

/**
 * The published products among `ids` (all of them when null), a batch at a time so a large catalog
 * never sits in memory twice. Ids that are not published products are simply absent.
 */
export async function* loadDocs(db: Db, prefix: string, ids: number[] | null): AsyncGenerator<ProductDoc[]> {
	for (let after = 0; ;) {
		const rows = await postsAfter(db, prefix, after, ids);
		if (rows.length === 0) return;
		const batchIds = rows.map((row) => Number(row.id));
		const scope = ids ? { ids: batchIds } : { from: batchIds[0] ?? 0, to: batchIds.at(-1) ?? 0 };
		const [terms, skus] = await Promise.all([termsOf(db, prefix, batchIds, scope), skusOf(db, prefix, batchIds, scope)]);
		yield rows.map((row) => {
			const id = Number(row.id);
			return {
				id, title: String(row.title), excerpt: String(row.excerpt), content: String(row.content), sku: row.sku === null ? null : String(row.sku),
				price: row.price === null ? null : Number(row.price), sales: Number(row.sales), nameKey: Buffer.from(row.nameKey as Buffer).toString('latin1'),
				categories: terms.get(id)?.categories ?? [], visibility: terms.get(id)?.visibility ?? [], exactSkus: skus.get(id) ?? [],
			};
		});
		after = batchIds.at(-1) ?? after;
		if (rows.length < BATCH) return;
	}
}

export interface Change {
	/** The product a changed product or variation row belongs to. */
	productId: number;
	/** "<id>@<stamp>": the same edit seen twice is applied once. */
	version: string;
	/** The change's stamp, 'YYYY-MM-DD HH:MM:SS' (the log adds '.ffffff'). */
	modified: string;
}

const NOW = "DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:%s') AS now";

/** The plugin's change log (WooCommerce/ProductChanges.php): one row per parent product, read by its index. */
async function loggedSince(db: Db, prefix: string, since: string): Promise<RowDataPacket[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT c.product_id AS id, c.product_id AS productId, DATE_FORMAT(c.changed_at, '%Y-%m-%d %H:%i:%s.%f') AS modified, ${NOW}
		FROM (SELECT 1) one LEFT JOIN \`${prefix}commerce_bridge_product_changes\` c ON c.changed_at >= ?`, [since]);
	return rows;
}

/** Without the log (a plugin older than it): every product and variation, as WooCommerce stamps each save. */
async function scannedSince(db: Db, prefix: string, since: string): Promise<RowDataPacket[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT p.ID AS id, IF(p.post_type = 'product_variation', p.post_parent, p.ID) AS productId, DATE_FORMAT(p.post_modified_gmt, '%Y-%m-%d %H:%i:%s') AS modified, ${NOW}
		FROM (SELECT 1) one LEFT JOIN \`${prefix}posts\` p ON p.post_type IN ('product', 'product_variation') AND p.post_modified_gmt >= ?`, [since]);
	return rows;
}

const missingTable = (error: unknown) => (error as { code?: string }).code === 'ER_NO_SUCH_TABLE';

/**
 * Products changed at or after `since` (a UTC DATETIME), with the database's own clock for the next call:
 * from the plugin's indexed change log, or while it has none, a scan of wp_posts (no index on post_modified_gmt).
 */
export async function changesSince(db: Db, prefix: string, since: string): Promise<{ changes: Change[]; now: string }> {
	const rows = await loggedSince(db, prefix, since).catch((error: unknown) => {
		if (missingTable(error)) return scannedSince(db, prefix, since);
		throw error;
	});
	const now = String(rows[0]?.now ?? since);
	const changes = rows.filter((row) => row.id !== null).map((row) => ({ productId: Number(row.productId), version: `${row.id}@${row.modified}`, modified: String(row.modified) }));
	return { changes, now };
}
