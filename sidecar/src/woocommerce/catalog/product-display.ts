import { taxableAddress, type ShopperTax } from '../sessions/shopper-tax';
import { priceExcludingTax, priceForVatExempt, priceIncludingTax, type TaxArithmetic } from '../store/tax-calc';
import { matchRates, type TaxRate } from '../store/tax-rates';
import type { ProductPrice, ProductTax } from './product-types';
import type { Store } from '../store/store-repository';

/**
 * The one owner of "the prices a product shows in the shop" (wc_get_price_to_display() with the shop's
 * `woocommerce_tax_display_shop`). With a shopper's session (oct8ne's customerData wishlist) taxes are
 * those of their taxable address (woocommerce/sessions/shopper-tax.ts); the identity-free catalogue calls (productInfo,
 * search, …) have none, so taxes are those of the address WooCommerce gives an unknown shopper
 * (store-options.ts `tax.anonymous`). Prices entered with tax lose the shop's base taxes when shown
 * without; prices entered without tax gain the shopper's when shown with. Cart prices are WooCommerce's
 * own, per shopper (cart-display.ts).
 */
export type DisplayFacts = Pick<Store, 'tax' | 'pricesIncludeTax' | 'taxDisplayShop' | 'price'>;

/** The product or, for a variable product's "from" price, the variation that price is the one of. */
function taxOfPrice(product: ProductPrice & ProductTax & { variations?: Array<ProductPrice & ProductTax> }): ProductTax {
	const variation = product.variations?.find((v) => v.price === product.price && v.regularPrice === product.regularPrice);
	return { taxable: product.taxable, taxClass: (variation ?? product).taxClass };
}

/** Converts one stored amount into the amount the shop shows for it. */
export function shopPriceDisplay(facts: DisplayFacts, rates: readonly TaxRate[], shopper: ShopperTax | null = null): (amount: number, tax: ProductTax) => number {
	const t: TaxArithmetic = { pricesIncludeTax: facts.tax.enabled && facts.pricesIncludeTax, roundAtSubtotal: facts.tax.roundAtSubtotal, decimals: facts.price.decimals };
	const location = shopper ? taxableAddress(shopper, facts.tax) : facts.tax.anonymous;
	// One answer prices many products of few tax classes: match each class once.
	const matched = new Map<string, { base: TaxRate[]; here: TaxRate[] }>();
	const ratesOf = (taxClass: string) => {
		let found = matched.get(taxClass);
		if (!found) matched.set(taxClass, (found = { base: matchRates(rates, facts.tax.base, taxClass), here: matchRates(rates, location, taxClass) }));
		return found;
	};
	return (amount, tax) => {
		if (!facts.tax.enabled || !tax.taxable) return amount;
		const { base, here } = ratesOf(tax.taxClass);
		if (facts.taxDisplayShop === 'excl') return priceExcludingTax(amount, base, t);
		return shopper?.vatExempt ? priceForVatExempt(amount, base, t) : priceIncludingTax(amount, here, base, t);
	};
}

/** A product's price and price before the sale as the shop shows them (null stays null). */
export function displayedProductPrice<P extends ProductPrice & ProductTax & { variations?: Array<ProductPrice & ProductTax> }>(
	product: P, display: (amount: number, tax: ProductTax) => number,
): ProductPrice {
	const tax = taxOfPrice(product);
	const shown = (amount: number | null) => (amount === null ? null : display(Math.max(0, amount), tax));
	return { price: shown(product.price), regularPrice: shown(product.regularPrice), onSale: product.onSale };
}
