import type { Product } from '../../woocommerce/catalog/product-types';
import type { z } from 'zod';
import type { Pricing } from './pricing';
import type { productInfoSchema, productSummarySchema } from './schemas';

export type ProductSummary = z.input<typeof productSummarySchema>;
export type ProductInfo = z.input<typeof productInfoSchema>;

export function toSummary(pricing: Pricing, product: Product): ProductSummary {
	return {
		internalId: String(product.id),
		title: product.name,
		...pricing.prices(product),
		productUrl: product.url,
		thumbnail: product.thumbnail ?? '',
	};
}

/** Long description for a web page: paragraphs from blank lines, `<br/>` for single line breaks (wpautop-like). */
function htmlDescription(text: string): string {
	const trimmed = text.trim();
	if (/<(p|div|br|ul|ol|table|h\d)\b/i.test(trimmed)) return trimmed;
	return trimmed.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\r?\n/g, '<br/>')).filter(Boolean).map((p) => `<p>${p}</p>`).join('');
}

export function toInfo(pricing: Pricing, product: Product): ProductInfo {
	return {
		...toSummary(pricing, product),
		description: htmlDescription(product.description || product.shortDescription),
		useProductUrl: !product.purchasableDirectly,
		addToCartUrl: product.purchasableDirectly ? product.addToCartUrl : product.url,
		medias: product.images.map((url) => ({ url })),
	};
}
