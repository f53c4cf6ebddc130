import type { Product } from '../../repositories/product-types';
import type { StoreRepository } from '../../repositories/store-repository';
import type { z } from 'zod';
import type { productInfoSchema, productSummarySchema } from './schemas';

export interface Formatting {
	locale?: string;
	currency?: string;
}

export type ProductSummary = z.input<typeof productSummarySchema>;
export type ProductInfo = z.input<typeof productInfoSchema>;

/** Prices of `product` formatted as the shop does (or with Intl for a `locale`); prev = price when not on sale. */
async function prices(store: StoreRepository, product: Product, formatting: Formatting) {
	if (product.price === null) return { formattedPrice: null, formattedPrevPrice: null };
	const formattedPrice = await store.formatPrice(product.price, formatting);
	const onSale = product.onSale && product.regularPrice !== null && product.regularPrice !== product.price;
	return { formattedPrice, formattedPrevPrice: onSale ? await store.formatPrice(product.regularPrice ?? product.price, formatting) : formattedPrice };
}

export async function toSummary(store: StoreRepository, product: Product, formatting: Formatting): Promise<ProductSummary> {
	return {
		internalId: String(product.id),
		title: product.name,
		...(await prices(store, product, formatting)),
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

export async function toInfo(store: StoreRepository, product: Product, formatting: Formatting): Promise<ProductInfo> {
	return {
		...(await toSummary(store, product, formatting)),
		description: htmlDescription(product.description || product.shortDescription),
		useProductUrl: !product.purchasableDirectly,
		addToCartUrl: product.purchasableDirectly ? product.addToCartUrl : product.url,
		medias: product.images.map((url) => ({ url })),
	};
}
