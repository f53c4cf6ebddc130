import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatPrice, type PriceFormat } from '../../woocommerce/store/price-format';
import { displayedProductPrice, shopPriceDisplay } from '../../woocommerce/catalog/product-display';
import type { ProductPrice, ProductTax } from '../../woocommerce/catalog/product-types';
import type { ShopperTax } from '../../woocommerce/sessions/shopper-tax';
import { signedConversion } from './currency';

export interface Formatting {
	locale?: string;
	currency?: string;
}

type Priced = ProductPrice & ProductTax & { variations?: Array<ProductPrice & ProductTax> };

/** How one oct8ne answer shows money: which amount a product shows, in which currency, written how. */
export interface Pricing {
	/** `formattedPrice` / `formattedPrevPrice` (prev = price when not on sale; null hides the price). */
	prices(product: Priced): { formattedPrice: string | null; formattedPrevPrice: string | null };
	/** An amount in the shop's currency (a price-filter bound), converted and written like the prices. */
	amount(value: number): string;
}

function pricing(display: (amount: number, tax: ProductTax) => number, rate: number, format: PriceFormat, locale: string | undefined): Pricing {
	const text = (amount: number) => formatPrice(amount * rate, format, locale ? { locale, currency: format.currency } : {});
	return {
		prices(product) {
			const shown = displayedProductPrice(product, display);
			if (shown.price === null) return { formattedPrice: null, formattedPrevPrice: null };
			const formattedPrice = text(shown.price);
			const onSale = shown.onSale && shown.regularPrice !== null && shown.regularPrice !== shown.price;
			return { formattedPrice, formattedPrevPrice: onSale ? text(shown.regularPrice ?? shown.price) : formattedPrice };
		},
		amount: text,
	};
}

/**
 * Catalogue prices (productInfo, productSummary, productRelated, search, the wishlist): the shop's tax
 * display (woocommerce/catalog/product-display.ts) at the shopper's taxable address when their session is
 * known, in the requested currency only when WordPress vouched for its rate (currency.ts), otherwise in
 * the shop's currency with its own symbol — never relabelled.
 */
export async function catalogPricing(fastify: FastifyInstance, request: FastifyRequest, f: Formatting, shopper: ShopperTax | null = null): Promise<Pricing> {
	const [store, rates] = await Promise.all([fastify.storeRepository.get(), fastify.storeRepository.taxRates()]);
	const foreign = f.currency !== undefined && f.currency !== store.price.currency.toUpperCase();
	const conversion = foreign ? signedConversion(request, fastify.config.bridgeSecret, f.currency ?? '') : null;
	return pricing(shopPriceDisplay(store, rates, shopper), conversion?.rate ?? 1, conversion?.format ?? store.price, f.locale);
}

/** Cart prices are already what the shopper's cart shows (cart-display.ts), in the shop's currency. */
export async function cartPricing(fastify: FastifyInstance, f: Formatting): Promise<Pricing> {
	return pricing((amount) => amount, 1, (await fastify.storeRepository.get()).price, f.locale);
}
