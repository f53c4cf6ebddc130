import { variationUrl } from '../../woocommerce/store/permalinks';
import type { ProductAttribute, ProductDetails } from '../../woocommerce/catalog/product-details-repository';
import { decodeEntities } from '../../woocommerce/catalog/product-assembly';
import type { Product, Variation } from '../../woocommerce/catalog/product-types';

/** Post content as plain text: tags and shortcodes out, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
	const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\[[^\]]*\]/g, ' ')
		.replace(/&nbsp;/g, ' ').replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
	return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const price = (p: { price: number | null; regularPrice: number | null; onSale: boolean }) =>
	({ current: p.price, original: p.onSale ? p.regularPrice : null });

type Choice = { attribute: ProductAttribute; value: string };

/**
 * The option sets a variation is sold as: its fixed values, crossed with every value of the parent's
 * attribute where it stores none ("any": WooCommerce then takes the shopper's choice).
 */
function choiceSets(dimensions: ProductAttribute[], variation: Variation): Choice[][] {
	return dimensions.reduce<Choice[][]>((sets, attribute) => {
		const fixed = variation.attributes[attribute.key];
		const values = fixed ? [fixed] : attribute.options.map((o) => o.value);
		return sets.flatMap((set) => values.map((value) => [...set, { attribute, value }]));
	}, [[]]);
}

/** `24` for a fully fixed variation; `24|attribute_pa_size=small` carries the values chosen for "any" attributes. */
function skuOf(variation: Variation, chosen: Choice[]): string {
	const any = chosen.filter(({ attribute }) => !variation.attributes[attribute.key]);
	const query = new URLSearchParams(any.map(({ attribute, value }) => [`attribute_${attribute.key}`, value])).toString();
	return query ? `${variation.id}|${query}` : String(variation.id);
}

function variationOf(product: Product, variation: Variation, chosen: Choice[]) {
	return {
		id: variation.id, sku: skuOf(variation, chosen), realSku: variation.sku || product.sku,
		name: chosen.map(({ attribute, value }) => attribute.options.find((o) => o.value === value)?.name ?? value).join(' / ') || product.name,
		purchasable: variation.price !== null, inStock: variation.stockStatus !== 'outofstock',
		stockStatus: variation.stockStatus, stockQuantity: variation.stockQuantity, price: price(variation),
		imageUrls: variation.image ? [variation.image] : product.images.slice(0, 1),
		attributes: chosen.map(({ attribute, value }) => ({ attributeId: attribute.key, optionId: value })),
		url: variationUrl(product.url, chosen.map(({ attribute, value }) => [attribute.key, value])),
	};
}

/**
 * Every purchasable option set once: a set two variations both match goes to the first, as WooCommerce's
 * own matching (menu order) does.
 */
function variationsOf(product: Product, details: ProductDetails) {
	const dimensions = details.attributes.filter((a) => a.variation);
	const seen = new Set<string>();
	return product.variations.flatMap((variation) => choiceSets(dimensions, variation).flatMap((chosen) => {
		const key = JSON.stringify(chosen.map(({ value }) => value));
		if (seen.has(key)) return [];
		seen.add(key);
		return [variationOf(product, variation, chosen)];
	}));
}

/** Which variation the agent sees first: the one asked for, else the first with the URL's attribute values. */
export interface Preselection {
	variationId: number | null;
	/** `{ pa_color: 'white' }` from `?attribute_pa_color=white`. */
	attributes: Record<string, string>;
}

function defaultIndex(variations: Array<ReturnType<typeof variationOf>>, { variationId, attributes }: Preselection): number {
	const wanted = Object.entries(attributes);
	const index = variationId !== null
		? variations.findIndex((v) => v.id === variationId)
		: variations.findIndex((v) => wanted.length > 0 && wanted.every(([key, value]) => v.attributes.some((a) => a.attributeId === key && a.optionId === value)));
	return Math.max(0, index);
}

/** A product for Bambuser's product hydration (fact sheet §6); a non-variable product is its own single variation. */
export function bambuserProduct(ref: string, product: Product, details: ProductDetails, shopName: string, preselection: Preselection) {
	const variations = product.type === 'variable'
		? variationsOf(product, details)
		: [{
			id: product.id, sku: String(product.id), realSku: product.sku, name: product.name,
			purchasable: product.type === 'simple' && product.price !== null, inStock: product.stockStatus !== 'outofstock',
			stockStatus: product.stockStatus, stockQuantity: product.stockQuantity, price: price(product),
			imageUrls: product.images.slice(0, 1), attributes: [], url: product.url,
		}];
	return {
		ref, id: product.id, sku: String(product.id), realSku: product.sku, name: product.name, brand: details.brand ?? shopName,
		description: plainText(product.description || product.shortDescription), url: product.url, images: product.images,
		defaultVariationIndex: defaultIndex(variations, preselection),
		attributes: product.type === 'variable'
			? details.attributes.filter((a) => a.variation).map((a) => ({ id: a.key, name: a.label, options: a.options.map((o) => ({ id: o.value, name: o.name })) }))
			: [],
		variations,
	};
}
