import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { tryPhpUnserialize, type PhpValue } from '../php-unserialize';
import { decodeEntities } from './product-assembly';
import { type Db, rows } from '../db';
import { publishedProductOrVariationSql } from './visibility';

/** A published product, or one of its published variations, that a reference points to. */
export interface ProductRef {
	productId: number;
	variationId: number | null;
}

/** One attribute as the shop shows it: `pa_color` "Color" with its terms, or a custom one with its values. */
export interface ProductAttribute {
	/** Taxonomy (`pa_color`) or the custom attribute's key (`borduurkleur`): what variation meta uses. */
	key: string;
	label: string;
	/** Used for variations (a dimension the shopper chooses). */
	variation: boolean;
	/** `value` is what a variation stores (term slug, or the custom value itself). */
	options: Array<{ value: string; name: string }>;
}

export interface ProductDetails {
	attributes: ProductAttribute[];
	/** From the `product_brand` taxonomy or a `pa_brand` attribute; null when the product has none. */
	brand: string | null;
}

export interface ProductDetailsRepository {
	/** Refs of published products or published variations (of published products), in the order asked. */
	byIds(ids: number[]): Promise<ProductRef[]>;
	/** Products or variations whose SKU is exactly `sku`. */
	bySku(sku: string): Promise<ProductRef[]>;
	bySlug(slug: string): Promise<ProductRef | null>;
	/** Products or variations whose post meta `metaKey` is exactly `value` (a scanned GTIN, say). */
	byMeta(metaKey: string, value: string): Promise<ProductRef[]>;
	/** Attributes (in the product's order) and brand of each product. */
	details(productIds: number[]): Promise<Map<number, ProductDetails>>;
}

declare module 'fastify' {
	interface FastifyInstance {
		productDetailsRepository: ProductDetailsRepository;
	}
}

interface RefRow {
	id: number;
	parent: number;
	type: string;
}

interface TermRow {
	productId: number;
	taxonomy: string;
	slug: string;
	name: string;
}

function record(value: PhpValue | undefined): Record<string, PhpValue> {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** `_product_attributes` entries sorted by `position`. */
function attributeEntries(serialized: string): Array<[string, Record<string, PhpValue>]> {
	return Object.entries(record(tryPhpUnserialize(serialized)))
		.map(([key, value]): [string, Record<string, PhpValue>] => [key, record(value)])
		.sort((a, b) => Number(a[1].position ?? 0) - Number(b[1].position ?? 0));
}

export function createProductDetailsRepository(db: Db, prefix: string): ProductDetailsRepository {
	const posts = `${prefix}posts`;
	const published = publishedProductOrVariationSql(prefix, 'p');
	const toRef = (r: RefRow): ProductRef => (r.type === 'product_variation'
		? { productId: Number(r.parent), variationId: Number(r.id) } : { productId: Number(r.id), variationId: null });

	async function labels(): Promise<Map<string, string>> {
		const found = await rows<{ name: string; label: string }>(db,
			`SELECT attribute_name AS name, attribute_label AS label FROM ${prefix}woocommerce_attribute_taxonomies`, []);
		return new Map(found.map((r) => [`pa_${r.name}`, decodeEntities(r.label || r.name)]));
	}

	return {
		async byIds(ids) {
			if (ids.length === 0) return [];
			const found = await rows<RefRow>(db, `SELECT p.ID AS id, p.post_parent AS parent, p.post_type AS type FROM ${posts} p WHERE p.ID IN (?) AND ${published}`, [ids]);
			const byId = new Map(found.map((r) => [Number(r.id), toRef(r)]));
			return ids.flatMap((id) => byId.get(id) ?? []);
		},
		async bySku(sku) {
			const found = await rows<RefRow>(db, `SELECT p.ID AS id, p.post_parent AS parent, p.post_type AS type FROM ${prefix}wc_product_meta_lookup l
				JOIN ${posts} p ON p.ID = l.product_id WHERE l.sku = ? AND ${published} ORDER BY p.ID LIMIT 20`, [sku]);
			return found.map(toRef);
		},
		async bySlug(slug) {
			const [found] = await rows<RefRow>(db, `SELECT p.ID AS id, p.post_parent AS parent, p.post_type AS type FROM ${posts} p
				WHERE p.post_name = ? AND p.post_type = 'product' AND ${published} ORDER BY p.ID LIMIT 1`, [slug]);
			return found ? toRef(found) : null;
		},
		async byMeta(metaKey, value) {
			const found = await rows<RefRow>(db, `SELECT p.ID AS id, p.post_parent AS parent, p.post_type AS type FROM ${prefix}postmeta m
				JOIN ${posts} p ON p.ID = m.post_id WHERE m.meta_key = ? AND m.meta_value = ? AND ${published} ORDER BY p.ID LIMIT 20`, [metaKey, value]);
			return found.map(toRef);
		},
		async details(productIds) {
			if (productIds.length === 0) return new Map();
			const [metas, terms, names] = await Promise.all([
				rows<{ productId: number; value: string }>(db, `SELECT post_id AS productId, meta_value AS value FROM ${prefix}postmeta
					WHERE post_id IN (?) AND meta_key = '_product_attributes'`, [productIds]),
				rows<TermRow>(db, `SELECT tr.object_id AS productId, tt.taxonomy, t.slug, t.name FROM ${prefix}term_relationships tr
					JOIN ${prefix}term_taxonomy tt ON tt.term_taxonomy_id = tr.term_taxonomy_id
					JOIN ${prefix}terms t ON t.term_id = tt.term_id
					LEFT JOIN ${prefix}termmeta o ON o.term_id = t.term_id AND o.meta_key = 'order'
					WHERE tr.object_id IN (?) AND (tt.taxonomy LIKE 'pa\\_%' OR tt.taxonomy = 'product_brand')
					ORDER BY CAST(COALESCE(o.meta_value, '0') AS SIGNED), t.name`, [productIds]),
				labels(),
			]);
			const result = new Map<number, ProductDetails>();
			for (const id of productIds) {
				const own = terms.filter((t) => Number(t.productId) === id);
				const termsOf = (taxonomy: string) => own.filter((t) => t.taxonomy === taxonomy).map((t) => ({ value: t.slug, name: decodeEntities(t.name) }));
				const attributes = attributeEntries(metas.find((m) => Number(m.productId) === id)?.value ?? '').map(([key, a]): ProductAttribute => {
					const taxonomy = Number(a.is_taxonomy ?? 0) === 1;
					return {
						key,
						label: taxonomy ? names.get(key) ?? key : String(a.name ?? key),
						variation: Number(a.is_variation ?? 0) === 1,
						options: taxonomy ? termsOf(key)
							: String(a.value ?? '').split('|').map((v) => v.trim()).filter(Boolean).map((v) => ({ value: v, name: v })),
					};
				});
				const brand = termsOf('product_brand')[0]?.name ?? termsOf('pa_brand')[0]?.name ?? null;
				result.set(id, { attributes, brand });
			}
			return result;
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('productDetailsRepository', createProductDetailsRepository(fastify.mysql.read, fastify.config.tablePrefix));
	},
	{ name: 'product-details-repository', dependencies: ['config', 'mysql'] },
);
