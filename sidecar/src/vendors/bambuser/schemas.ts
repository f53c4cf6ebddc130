import { z } from 'zod';

const idList = z.string().regex(/^\d{1,19}(,\d{1,19}){0,49}$/, 'ids must be up to 50 comma-separated product or variation ids')
	.transform((csv) => [...new Set(csv.split(',').map(Number))]);
const int = (min: number, max: number, name: string) => z.string().regex(/^\d{1,6}$/, `${name} must be a whole number`).transform(Number)
	.refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

/** Exactly one of `ids`, `sku`, `url`, `code` (lookups for provide-product-data) or `q` (provide-search-data). */
export const productsQuerySchema = z.strictObject({
	ids: idList.optional(),
	sku: z.string().trim().min(1).max(100).optional(),
	url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
	/** A scanned barcode (GTIN, EAN, UPC, ISBN or the shop's own code): printable, no spaces. */
	code: z.string().trim().regex(/^[\x21-\x7e]{1,100}$/, 'code must be 1 to 100 printable characters without spaces').optional(),
	q: z.string().trim().min(1).max(200).optional(),
	/** Bambuser's page base is unknown (fact sheet §5.6): read as 0-based (its WooCommerce demo) and echoed back. */
	page: int(0, 10_000, 'page').optional(),
	pageSize: int(1, 50, 'pageSize').optional(),
}).refine((q) => [q.ids, q.sku, q.url, q.code, q.q].filter((v) => v !== undefined).length === 1, 'give exactly one of ids, sku, url, code or q')
	.refine((q) => q.q !== undefined || (q.page === undefined && q.pageSize === undefined), 'page and pageSize only go with q');
export type ProductsQuery = z.output<typeof productsQuerySchema>;

const price = z.object({ current: z.number().nullable(), original: z.number().nullable() });

export const variationSchema = z.object({
	id: z.number().int(),
	/** What Bambuser hands back in cart events: the WooCommerce product or variation id. */
	sku: z.string(),
	/** The shop's own SKU ('' when none). */
	realSku: z.string(),
	name: z.string(),
	purchasable: z.boolean(),
	inStock: z.boolean(),
	stockStatus: z.string(),
	stockQuantity: z.number().nullable(),
	price,
	imageUrls: z.array(z.string()),
	attributes: z.array(z.object({ attributeId: z.string(), optionId: z.string() })),
	url: z.string(),
});

export const productSchema = z.object({
	/** The reference this product answers (an id, the SKU, the URL or the code asked for). */
	ref: z.string(),
	id: z.number().int(),
	sku: z.string(),
	realSku: z.string(),
	name: z.string(),
	brand: z.string(),
	description: z.string(),
	url: z.string(),
	images: z.array(z.string()),
	defaultVariationIndex: z.number().int(),
	attributes: z.array(z.object({ id: z.string(), name: z.string(), options: z.array(z.object({ id: z.string(), name: z.string() })) })),
	variations: z.array(variationSchema),
});

export const lookupResponse = z.object({ currency: z.string(), products: z.array(productSchema), notFound: z.array(z.string()) });

export const searchResponse = z.object({
	currency: z.string(),
	page: z.number().int(),
	pageSize: z.number().int(),
	totalMatches: z.number().int(),
	totalPages: z.number().int(),
	products: z.array(z.object({ sku: z.string(), realSku: z.string(), name: z.string(), imageUrl: z.string().nullable(), url: z.string(), price })),
});

/** The order-received page's order and its key (WooCommerce's `wc_order_…`, other plugins may shape it differently). */
export const purchaseQuerySchema = z.strictObject({
	order: z.string().regex(/^\d{1,19}$/, 'order must be an order id').transform(Number),
	key: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'key must be an order key'),
});
export type PurchaseQuery = z.output<typeof purchaseQuerySchema>;

const amount = z.number();

/** Bambuser's purchase event data (shopper-events tracking; the same fields its mobile SDKs document). */
export const purchaseResponse = z.object({
	purchase: z.object({
		id: z.string(), currency: z.string(), total: amount, tax: amount, subtotal: amount, shippingCost: amount,
		shippingMethod: z.string().optional(), coupon: z.string().optional(),
	}),
	products: z.array(z.object({ id: z.string(), name: z.string(), price: amount, currency: z.string(), quantity: z.number() })),
});
