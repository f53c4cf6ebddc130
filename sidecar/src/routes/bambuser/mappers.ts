import { variationUrl } from '../../lib/permalinks';
import type { ProductDetails } from '../../repositories/product-details-repository';
import { decodeEntities } from '../../repositories/product-assembly';
import type { Product, Variation } from '../../repositories/product-types';

/** Post content as plain text: tags and shortcodes out, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
	const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\[[^\]]*\]/g, ' ')
		.replace(/&nbsp;/g, ' ').replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
	return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const price = (p: { price: number | null; regularPrice: number | null; onSale: boolean }) =>
	({ current: p.price, original: p.onSale ? p.regularPrice : null });

function variationOf(product: Product, details: ProductDetails, variation: Variation) {
	const dimensions = details.attributes.filter((a) => a.variation);
	// An empty stored value means "any": not a fixed option of this variation.
	const chosen = dimensions.flatMap((a) => {
		const value = variation.attributes[a.key];
		return value ? [{ attribute: a, value }] : [];
	});
	return {
		id: variation.id, sku: String(variation.id), realSku: variation.sku || product.sku,
		name: chosen.map(({ attribute, value }) => attribute.options.find((o) => o.value === value)?.name ?? value).join(' / ') || product.name,
		purchasable: variation.price !== null, inStock: variation.stockStatus !== 'outofstock',
		stockStatus: variation.stockStatus, stockQuantity: variation.stockQuantity, price: price(variation),
		imageUrls: variation.image ? [variation.image] : product.images.slice(0, 1),
		attributes: chosen.map(({ attribute, value }) => ({ attributeId: attribute.key, optionId: value })),
		url: variationUrl(product.url, chosen.map(({ attribute, value }) => [attribute.key, value])),
	};
}

/** A product for Bambuser's product hydration (fact sheet §6); a non-variable product is its own single variation. */
export function bambuserProduct(ref: string, product: Product, details: ProductDetails, shopName: string, variationId: number | null) {
	const variations = product.type === 'variable'
		? product.variations.map((v) => variationOf(product, details, v))
		: [{
			id: product.id, sku: String(product.id), realSku: product.sku, name: product.name,
			purchasable: product.type === 'simple' && product.price !== null, inStock: product.stockStatus !== 'outofstock',
			stockStatus: product.stockStatus, stockQuantity: product.stockQuantity, price: price(product),
			imageUrls: product.images.slice(0, 1), attributes: [], url: product.url,
		}];
	return {
		ref, id: product.id, sku: String(product.id), realSku: product.sku, name: product.name, brand: details.brand ?? shopName,
		description: plainText(product.description || product.shortDescription), url: product.url, images: product.images,
		defaultVariationIndex: Math.max(0, variations.findIndex((v) => v.id === variationId)),
		attributes: product.type === 'variable'
			? details.attributes.filter((a) => a.variation).map((a) => ({ id: a.key, name: a.label, options: a.options.map((o) => ({ id: o.value, name: o.name })) }))
			: [],
		variations,
	};
}
