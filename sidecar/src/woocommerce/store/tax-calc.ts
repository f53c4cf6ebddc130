/**
 * WooCommerce's price-with-tax arithmetic (WC_Tax::calc_tax, wc_get_price_including_tax(),
 * wc_get_price_excluding_tax(), wc_get_price_to_display()) for a shopper WooCommerce knows nothing
 * about: no VAT exemption, `woocommerce_adjust_non_base_location_prices` at its default (true).
 * Which rates apply is tax-rates.ts; who shows which price is woocommerce/catalog/product-display.ts.
 */
import type { TaxRate } from './tax-rates';

export interface TaxArithmetic {
	/** wc_prices_include_tax(): taxes enabled and prices entered with tax. */
	pricesIncludeTax: boolean;
	/** `woocommerce_tax_round_at_subtotal`. */
	roundAtSubtotal: boolean;
	/** wc_get_price_decimals(). */
	decimals: number;
}

/** PHP 8.2's round() with pre-rounding to 15 significant digits; `halfDown` is PHP_ROUND_HALF_DOWN. */
export function phpRound(value: number, decimals: number, halfDown = false): number {
	const factor = 10 ** decimals;
	const scaled = Number((Math.abs(value) * factor).toPrecision(15));
	const whole = halfDown && scaled - Math.floor(scaled) === 0.5 ? Math.floor(scaled) : Math.round(scaled);
	const result = whole / factor;
	return value < 0 && result !== 0 ? -result : result;
}

/** WC_Tax::round(): wc_get_rounding_precision() = max(decimals + 2, 6). */
const taxRound = (value: number, decimals: number) => phpRound(value, Math.max(decimals + 2, 6));

/** WC_Tax::calc_inclusive_tax(): the tax contained in `price`, per rate. */
export function inclusiveTaxes(price: number, rates: readonly TaxRate[], decimals: number): number[] {
	const taxes = new Map<number, number>(rates.map((r) => [r.id, 0]));
	let nonCompound = price;
	for (const rate of [...rates].reverse().filter((r) => r.compound)) {
		const amount = nonCompound - nonCompound / (1 + rate.rate / 100);
		taxes.set(rate.id, (taxes.get(rate.id) ?? 0) + amount);
		nonCompound -= amount;
	}
	const regular = rates.filter((r) => !r.compound);
	const regularTotal = 1 + regular.reduce((sum, r) => sum + r.rate, 0) / 100;
	for (const rate of regular) {
		const net = price - ((rate.rate / 100) / regularTotal) * nonCompound;
		taxes.set(rate.id, (taxes.get(rate.id) ?? 0) + (price - net));
	}
	return [...taxes.values()].map((t) => taxRound(t, decimals));
}

/** WC_Tax::calc_exclusive_tax(): the tax added on top of `price`, per rate (compound rates on price + earlier taxes). */
export function exclusiveTaxes(price: number, rates: readonly TaxRate[], decimals: number): number[] {
	const taxes = rates.filter((r) => !r.compound).map((r) => price * (r.rate / 100));
	for (const rate of rates.filter((r) => r.compound)) taxes.push((price + taxes.reduce((a, b) => a + b, 0)) * (rate.rate / 100));
	return taxes.map((t) => taxRound(t, decimals));
}

/** Sum of taxes, each rounded as wc_round_tax_total() unless the store rounds at subtotal. */
function taxTotal(taxes: number[], t: TaxArithmetic): number {
	const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
	return t.roundAtSubtotal ? sum(taxes) : sum(taxes.map((x) => phpRound(x, t.decimals, t.pricesIncludeTax)));
}

const sameRates = (a: readonly TaxRate[], b: readonly TaxRate[]) =>
	a.length === b.length && a.every((r, i) => r.id === b[i]?.id);

/** wc_get_price_including_tax() for a taxable product: `rates` at the shopper's location, `baseRates` at the shop's. */
export function priceIncludingTax(price: number, rates: readonly TaxRate[], baseRates: readonly TaxRate[], t: TaxArithmetic): number {
	if (!t.pricesIncludeTax) return phpRound(price + taxTotal(exclusiveTaxes(price, rates, t.decimals), t), t.decimals);
	if (sameRates(rates, baseRates)) return price;
	const baseTaxes = inclusiveTaxes(price, baseRates, t.decimals);
	const moddedTaxes = exclusiveTaxes(price - baseTaxes.reduce((a, b) => a + b, 0), rates, t.decimals);
	return phpRound(price - taxTotal(baseTaxes, t) + taxTotal(moddedTaxes, t), t.decimals);
}

/** wc_get_price_excluding_tax() for a taxable product: the shop's own (base) taxes come off, unrounded. */
export function priceExcludingTax(price: number, baseRates: readonly TaxRate[], t: TaxArithmetic): number {
	if (!t.pricesIncludeTax) return price;
	return price - inclusiveTaxes(price, baseRates, t.decimals).reduce((a, b) => a + b, 0);
}

/** wc_get_price_including_tax() for a VAT-exempt shopper: no tax added, the shop's own taxes taken off. */
export function priceForVatExempt(price: number, baseRates: readonly TaxRate[], t: TaxArithmetic): number {
	return phpRound(t.pricesIncludeTax ? price - taxTotal(inclusiveTaxes(price, baseRates, t.decimals), t) : price, t.decimals);
}
