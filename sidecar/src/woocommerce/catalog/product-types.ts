/** Plain product data returned by the products repository; every vendor maps it to its own format. */

export type ProductType = 'simple' | 'variable' | 'grouped' | 'external';
export type StockStatus = 'instock' | 'outofstock' | 'onbackorder';

export interface ProductPrice {
	/** What the shopper pays now (scheduled sales applied); null = no price. */
	price: number | null;
	/** Before the sale; equals `price` when not on sale. */
	regularPrice: number | null;
	onSale: boolean;
}

/** How WooCommerce taxes a product (`_tax_status`, `_tax_class`). */
export interface ProductTax {
	/** `_tax_status` is `taxable` (not `shipping` or `none`). */
	taxable: boolean;
	/** Tax class slug, '' for the standard rate; a variation's `parent` is resolved to the parent's. */
	taxClass: string;
}

export interface ProductCategory {
	id: number;
	name: string;
	slug: string;
}

export interface Variation extends ProductPrice, ProductTax {
	id: number;
	sku: string;
	/** `attribute_pa_color` → `{ pa_color: 'white' }`; an empty value means "any". */
	attributes: Record<string, string>;
	stockStatus: StockStatus;
	stockQuantity: number | null;
	image: string | null;
}

export interface Product extends ProductPrice, ProductTax {
	id: number;
	type: ProductType;
	name: string;
	slug: string;
	sku: string;
	description: string;
	shortDescription: string;
	url: string;
	/** WooCommerce's `?add-to-cart=<id>` link; only meaningful when `purchasableDirectly`. */
	addToCartUrl: string;
	/** False when the shopper must choose options or go elsewhere (variable, grouped, external, out of stock). */
	purchasableDirectly: boolean;
	stockStatus: StockStatus;
	stockQuantity: number | null;
	/** Thumbnail at the shop's WooCommerce thumbnail size (full file when that size is missing). */
	thumbnail: string | null;
	/** Full-size images: featured first, then the gallery. */
	images: string[];
	categories: ProductCategory[];
	featured: boolean;
	upsellIds: number[];
	crossSellIds: number[];
	/** Grouped products' children. */
	childIds: number[];
	/** External products' target. */
	externalUrl: string | null;
	/** Published variations; out-of-stock ones are left out when the shop hides out-of-stock items. */
	variations: Variation[];
	totalSales: number;
}
