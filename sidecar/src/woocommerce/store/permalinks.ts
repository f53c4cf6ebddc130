/** URL building that mirrors WordPress/WooCommerce permalinks, for both pretty and plain (`?p=`) settings. */
export interface Permalinks {
	homeUrl: string;
	/** `permalink_structure` is empty: WordPress uses query-string URLs. */
	plain: boolean;
	trailingSlash: boolean;
	/** From `woocommerce_permalinks`, without surrounding slashes (`product`, `product-category`, `product-tag`). May contain `%product_cat%`. */
	productBase: string;
	categoryBase: string;
	tagBase: string;
}

function joinUrl(permalinks: Permalinks, ...segments: string[]): string {
	const path = segments.map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
	return `${permalinks.homeUrl}/${path}${permalinks.trailingSlash ? '/' : ''}`;
}

function queryUrl(permalinks: Permalinks, key: string, value: string | number): string {
	return `${permalinks.homeUrl}/?${key}=${encodeURIComponent(String(value))}`;
}

export function productUrl(permalinks: Permalinks, slug: string): string {
	return permalinks.plain ? queryUrl(permalinks, 'product', slug) : joinUrl(permalinks, permalinks.productBase, slug);
}

export function categoryUrl(permalinks: Permalinks, slug: string): string {
	return permalinks.plain ? queryUrl(permalinks, 'product_cat', slug) : joinUrl(permalinks, permalinks.categoryBase, slug);
}

export function tagUrl(permalinks: Permalinks, slug: string): string {
	return permalinks.plain ? queryUrl(permalinks, 'product_tag', slug) : joinUrl(permalinks, permalinks.tagBase, slug);
}

/** `path` is the page's slug path including parents (`parent/child`). */
export function pageUrl(permalinks: Permalinks, id: number, path: string): string {
	return permalinks.plain ? queryUrl(permalinks, 'page_id', id) : joinUrl(permalinks, path);
}

/**
 * WooCommerce's link to a variation: the product URL with the chosen attributes preselected
 * (`attribute_pa_color=blue`); entries with an empty value ("any") are left out.
 */
export function variationUrl(productUrl: string, attributes: Array<[string, string]>): string {
	const query = new URLSearchParams(attributes.filter(([, value]) => value !== '').map(([key, value]) => [`attribute_${key}`, value])).toString();
	return query ? `${productUrl}${productUrl.includes('?') ? '&' : '?'}${query}` : productUrl;
}
