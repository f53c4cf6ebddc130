import { productUrl, type Permalinks } from '../store/permalinks';
import { tryPhpUnserialize } from '../php-unserialize';
import { attachmentUrls, type AttachmentRows } from './product-images';
import { activePrice, lowestPrice, nextPriceChange } from './product-prices';
import type { Product, ProductTax, ProductType, StockStatus, Variation } from './product-types';
import type { ProductRow } from './products-queries';

export interface AssemblyFacts {
	permalinks: Permalinks;
	uploadsUrl: string;
	/** Image size used for thumbnails, `woocommerce_thumbnail`. */
	thumbnailSize: string;
	hideOutOfStock: boolean;
}

interface PostParts {
	id: number;
	parent: number;
	type: string;
	slug: string;
	title: string;
	excerpt: string;
	content: string;
	lookupMinPrice: number | null;
	meta: Map<string, string>;
	terms: Array<{ taxonomy: string; id: number; slug: string; name: string }>;
}

/** A post with its product data as published, plus the `product_visibility` slugs that hide it. */
export interface AssembledProduct {
	product: Product;
	visibility: Set<string>;
	/** Unix seconds when a scheduled sale of the product or a variation starts or ends (its prices change); null for none. */
	priceChangesAt: number | null;
}

const TYPES = new Set<ProductType>(['simple', 'variable', 'grouped', 'external']);
const STOCK = new Set<StockStatus>(['instock', 'outofstock', 'onbackorder']);

/** WordPress stores term names HTML-escaped (`Wonen &amp; Keuken`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#0?39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? "'");
}

function idList(serialized: string | undefined): number[] {
	const value = serialized ? tryPhpUnserialize(serialized) : undefined;
	const list = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
	return list.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
}

function quantity(value: string | undefined): number | null {
	const n = value === undefined || value === '' ? NaN : Number(value);
	return Number.isFinite(n) ? n : null;
}

function stock(value: string | undefined): StockStatus {
	return STOCK.has(value as StockStatus) ? (value as StockStatus) : 'instock';
}

function group(rows: ProductRow[]): { posts: Map<number, PostParts>; attachments: Map<number, AttachmentRows> } {
	const posts = new Map<number, PostParts>();
	const attachments = new Map<number, AttachmentRows>();
	for (const row of rows) {
		if (row.kind !== 'p') continue;
		posts.set(Number(row.id), {
			id: Number(row.id), parent: Number(row.ref), type: row.a ?? '', slug: row.c ?? '', title: row.d ?? '', excerpt: row.e ?? '',
			content: row.f ?? '', lookupMinPrice: row.g === null ? null : Number(row.g), meta: new Map(), terms: [],
		});
	}
	for (const row of rows) {
		const post = posts.get(Number(row.id));
		if (row.kind === 'm' && post && row.a !== null) post.meta.set(row.a, row.b ?? '');
		if (row.kind === 't' && post) post.terms.push({ taxonomy: row.a ?? '', id: Number(row.ref), slug: row.b ?? '', name: decodeEntities(row.c ?? '') });
		if (row.kind === 'i') {
			const entry = attachments.get(Number(row.id)) ?? {};
			if (row.a === '_wp_attached_file') entry.attachedFile = row.b ?? '';
			else entry.metadata = row.b ?? '';
			attachments.set(Number(row.id), entry);
		}
	}
	return { posts, attachments };
}

const priceMeta = (post: PostParts) => ({
	regular: post.meta.get('_regular_price'), sale: post.meta.get('_sale_price'),
	saleFrom: post.meta.get('_sale_price_dates_from'), saleTo: post.meta.get('_sale_price_dates_to'),
});

function priceOf(post: PostParts, nowSeconds: number) {
	return activePrice(priceMeta(post), nowSeconds);
}

function priceChangesAt(posts: PostParts[], nowSeconds: number): number | null {
	const ahead = posts.map((post) => nextPriceChange(priceMeta(post), nowSeconds)).filter((at): at is number => at !== null);
	return ahead.length > 0 ? Math.min(...ahead) : null;
}

/**
 * `_tax_status` / `_tax_class` (missing status: taxable). A variation takes its parent's status, and its
 * parent's class when its own says `parent` (WC_Product_Variation).
 */
function taxOf(post: PostParts, parent?: ProductTax): ProductTax {
	const taxClass = post.meta.get('_tax_class') ?? '';
	if (parent) return { taxable: parent.taxable, taxClass: taxClass === 'parent' ? parent.taxClass : taxClass };
	const status = post.meta.get('_tax_status') ?? '';
	return { taxable: status === '' || status === 'taxable', taxClass };
}

function variationOf(post: PostParts, nowSeconds: number, image: (id: string | undefined) => string | null, parent: ProductTax): Variation {
	const attributes: Record<string, string> = {};
	for (const [key, value] of post.meta) if (key.startsWith('attribute_')) attributes[key.slice(10)] = value;
	return {
		id: post.id, sku: post.meta.get('_sku') ?? '', attributes, ...priceOf(post, nowSeconds), ...taxOf(post, parent),
		stockStatus: stock(post.meta.get('_stock_status')), stockQuantity: quantity(post.meta.get('_stock')),
		image: image(post.meta.get('_thumbnail_id')),
	};
}

/**
 * Turns the aggregate query's rows into products in the order of `ids` (ids without a published
 * product are skipped). Prices follow WooCommerce: scheduled sales against `nowSeconds`, the lowest
 * variation for variable products (in-stock ones only when the shop hides out-of-stock items), and the
 * maintained lookup minimum for grouped products.
 */
export function assembleProducts(ids: number[], rows: ProductRow[], facts: AssemblyFacts, nowSeconds: number): AssembledProduct[] {
	const { posts, attachments } = group(rows);
	const full = (id: string | undefined) => attachmentUrls(attachments.get(Number(id)) ?? {}, facts.uploadsUrl, facts.thumbnailSize);
	const children = new Map<number, PostParts[]>();
	for (const post of posts.values()) if (post.type === 'product_variation') children.set(post.parent, [...(children.get(post.parent) ?? []), post]);
	const result: AssembledProduct[] = [];
	for (const id of ids) {
		const post = posts.get(id);
		if (!post || post.type !== 'product') continue;
		result.push(assembleOne(post, children.get(id) ?? [], facts, nowSeconds, full));
	}
	return result;
}

function assembleOne(post: PostParts, kids: PostParts[], facts: AssemblyFacts, nowSeconds: number, full: (id: string | undefined) => ReturnType<typeof attachmentUrls>): AssembledProduct {
	const termSlug = (taxonomy: string) => post.terms.filter((t) => t.taxonomy === taxonomy);
	const typeSlug = termSlug('product_type')[0]?.slug as ProductType | undefined;
	const type: ProductType = typeSlug && TYPES.has(typeSlug) ? typeSlug : 'simple';
	const categories = termSlug('product_cat').sort((a, b) => a.id - b.id).map(({ id, name, slug }) => ({ id, name, slug }));
	const variations = kids
		.sort((a, b) => a.id - b.id)
		.map((kid) => variationOf(kid, nowSeconds, (aid) => full(aid)?.full ?? null, taxOf(post)))
		.filter((v) => !facts.hideOutOfStock || v.stockStatus !== 'outofstock');
	const price = type === 'variable' ? lowestPrice(variations)
		: type === 'grouped' ? { price: post.lookupMinPrice, regularPrice: post.lookupMinPrice, onSale: false }
		: priceOf(post, nowSeconds);
	const stockStatus = stock(post.meta.get('_stock_status'));
	const featured = full(post.meta.get('_thumbnail_id'));
	const gallery = (post.meta.get('_product_image_gallery') ?? '').split(',').map((g) => full(g.trim())?.full).filter((u): u is string => !!u);
	const product: Product = {
		id: post.id, type, name: post.title, slug: post.slug, sku: post.meta.get('_sku') ?? '',
		description: post.content, shortDescription: post.excerpt,
		url: productUrl(facts.permalinks, post.slug),
		// WooCommerce's native link (WC_Product_Simple::add_to_cart_url() outside a page).
		addToCartUrl: `${facts.permalinks.homeUrl}/?add-to-cart=${post.id}`,
		purchasableDirectly: type === 'simple' && stockStatus !== 'outofstock' && price.price !== null,
		...price, ...taxOf(post), stockStatus, stockQuantity: quantity(post.meta.get('_stock')),
		thumbnail: featured?.thumbnail ?? null, images: featured ? [featured.full, ...gallery] : gallery,
		categories, featured: termSlug('product_visibility').some((t) => t.slug === 'featured'),
		upsellIds: idList(post.meta.get('_upsell_ids')), crossSellIds: idList(post.meta.get('_crosssell_ids')),
		childIds: idList(post.meta.get('_children')), externalUrl: type === 'external' ? post.meta.get('_product_url') || null : null,
		variations, totalSales: quantity(post.meta.get('total_sales')) ?? 0,
	};
	return { product, visibility: new Set(termSlug('product_visibility').map((t) => t.slug)), priceChangesAt: priceChangesAt([post, ...kids], nowSeconds) };
}
