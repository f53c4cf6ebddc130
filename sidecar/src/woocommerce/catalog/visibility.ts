import { rows, type Db } from '../db';

/**
 * The sidecar's one product-visibility rule (WooCommerce's WC_Product::is_visible()): a product is shown
 * when it is published, the `product_visibility` terms do not hide it where it is shown, and, while the
 * shop hides out-of-stock items, it is in stock. A variation is shown when it and its product are
 * published. Every query and filter that decides which products a vendor sees takes its pieces from here.
 */

/** Where a product is being shown: a catalogue listing, search results, or a direct link. */
export type Visibility = 'catalog' | 'search' | 'direct';

/** The term slugs that hide a product there; `direct` (a link) only when all of them are set ("hidden"). */
const HIDING: Record<Visibility, { slugs: readonly string[]; all: boolean }> = {
	catalog: { slugs: ['exclude-from-catalog'], all: false },
	search: { slugs: ['exclude-from-search'], all: false },
	direct: { slugs: ['exclude-from-catalog', 'exclude-from-search'], all: true },
};

/** WooCommerce's own term for out-of-stock products (kept in step with `_stock_status`). */
const OUT_OF_STOCK_TERM = 'outofstock';

/** A product as this rule sees it: its `product_visibility` slugs and whether it is out of stock. */
export interface VisibilityFacts {
	terms: ReadonlySet<string>;
	outOfStock: boolean;
}

/** Whether the product is hidden in `where`; `any` (a cart line, say) shows every published product. */
export function hiddenIn(where: Visibility | 'any', product: VisibilityFacts, hideOutOfStock: boolean): boolean {
	if (where === 'any') return false;
	if (hideOutOfStock && product.outOfStock) return true;
	const { slugs, all } = HIDING[where];
	return all ? slugs.every((slug) => product.terms.has(slug)) : slugs.some((slug) => product.terms.has(slug));
}

/** The term slugs any one of which keeps a product out of search results (the SQL and the in-memory index). */
export function searchExcludingTerms(hideOutOfStock: boolean): string[] {
	return [...HIDING.search.slugs, ...(hideOutOfStock ? [OUT_OF_STOCK_TERM] : [])];
}

/** SQL: the post `alias` (no alias: the table's own columns) is a published product. */
export function publishedProductSql(alias = ''): string {
	const column = alias ? `${alias}.` : '';
	return `${column}post_type = 'product' AND ${column}post_status = 'publish'`;
}

/** SQL: the post `alias` (no alias: the table's own columns) is a published variation; its product is checked apart. */
export function publishedVariationSql(alias = ''): string {
	const column = alias ? `${alias}.` : '';
	return `${column}post_type = 'product_variation' AND ${column}post_status = 'publish'`;
}

/** SQL: `alias` is a published product, or a published variation whose product is published too. */
export function publishedProductOrVariationSql(prefix: string, alias: string): string {
	return `((${publishedProductSql(alias)}) OR (${publishedVariationSql(alias)} AND EXISTS (SELECT 1 FROM \`${prefix}posts\` pp
		WHERE pp.ID = ${alias}.post_parent AND ${publishedProductSql('pp')})))`;
}

/** SQL with one list parameter (the slugs, never empty): the product `column` carries none of those terms. */
export function withoutTermsSql(prefix: string, column: string): string {
	return `${column} NOT IN (SELECT vr.object_id FROM \`${prefix}term_relationships\` vr WHERE vr.term_taxonomy_id IN (
		SELECT vt.term_taxonomy_id FROM \`${prefix}term_taxonomy\` vt JOIN \`${prefix}terms\` v ON v.term_id = vt.term_id
		WHERE vt.taxonomy = 'product_visibility' AND v.slug IN (?)))`;
}

/** term_taxonomy ids of the terms that together hide a product from a direct link (0 when a term is missing). */
export async function directHidingTermIds(db: Db, prefix: string): Promise<number[]> {
	const found = await rows<{ slug: string; ttId: number }>(db, `SELECT t.slug, tt.term_taxonomy_id AS ttId FROM \`${prefix}terms\` t
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_id = t.term_id AND tt.taxonomy = 'product_visibility'
		WHERE t.slug IN (?)`, [HIDING.direct.slugs]);
	return HIDING.direct.slugs.map((slug) => Number(found.find((r) => r.slug === slug)?.ttId ?? 0));
}

/**
 * SQL with two parameters, the ids from directHidingTermIds(): the product `column` is not hidden from a
 * direct link (it lacks at least one of the two terms). By id, so the feeds' scans over every product
 * need no join to `terms`.
 */
export function notDirectHiddenSql(prefix: string, column: string): string {
	const relationships = `\`${prefix}term_relationships\``;
	return `NOT EXISTS (SELECT 1 FROM ${relationships} h1 JOIN ${relationships} h2
		ON h2.object_id = h1.object_id AND h2.term_taxonomy_id = ? WHERE h1.object_id = ${column} AND h1.term_taxonomy_id = ?)`;
}
