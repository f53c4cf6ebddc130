/**
 * Prices formatted like WooCommerce's default `wc_price()` output, as plain text: the symbol table below
 * is WooCommerce's (`get_woocommerce_currency_symbols()`) with HTML entities decoded, and the space of
 * the `*_space` positions is WooCommerce's `&nbsp;`, emitted as a real U+00A0 NO-BREAK SPACE.
 */
import { LRUCache } from 'lru-cache';

export type CurrencyPosition = 'left' | 'right' | 'left_space' | 'right_space';

export interface PriceFormat {
	currency: string;
	position: CurrencyPosition;
	thousandSeparator: string;
	decimalSeparator: string;
	decimals: number;
	/** The symbol to print; WooCommerce's for `currency` when absent. */
	symbol?: string;
}

export const NBSP = '\u00a0';

/** The common part of WooCommerce's table; unknown currencies fall back to their ISO code. */
const SYMBOLS: Record<string, string> = {
	AED: 'د.إ', ARS: '$', AUD: '$', BGN: 'лв.', BRL: 'R$', CAD: '$', CHF: 'CHF', CLP: '$', CNY: '¥',
	COP: '$', CZK: 'Kč', DKK: 'kr.', EUR: '€', GBP: '£', HKD: '$', HRK: 'kn', HUF: 'Ft', IDR: 'Rp',
	ILS: '₪', INR: '₹', ISK: 'kr.', JPY: '¥', KRW: '₩', MXN: '$', MYR: 'RM', NOK: 'kr', NZD: '$',
	PHP: '₱', PLN: 'zł', RON: 'lei', RUB: '₽', SEK: 'kr', SGD: '$', THB: '฿', TRY: '₺', TWD: 'NT$',
	UAH: '₴', USD: '$', VND: '₫', ZAR: 'R',
};

export function currencySymbol(currency: string): string {
	return SYMBOLS[currency.toUpperCase()] ?? currency;
}

/** PHP's round(): half away from zero, after trimming binary noise (1.005 → 1.01 as in PHP). */
function roundHalfAwayFromZero(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(Number((Math.abs(value) * factor).toPrecision(15))) / factor;
}

/**
 * An amount rounded as PHP's round( $x, wc_get_price_decimals() ): the nearest double to a value with
 * `decimals` digits, so JSON.stringify prints it without float noise (25.549999999999997 → 25.55).
 */
export function roundAmount(value: number, decimals: number): number {
	const rounded = roundHalfAwayFromZero(value, decimals);
	return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** PHP's number_format() on a non-negative amount. */
function numberFormat(amount: number, decimals: number, decimalSeparator: string, thousandSeparator: string): string {
	const [integer = '0', fraction] = roundHalfAwayFromZero(amount, decimals).toFixed(decimals).split('.');
	const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, thousandSeparator);
	return fraction === undefined ? grouped : `${grouped}${decimalSeparator}${fraction}`;
}

/** Formatters kept: the key is the caller's locale and currency, so the cache must be bounded. */
export const FORMATTER_CACHE_MAX = 500;

/** Keyed by the caller's locale and currency: bounded, the least recently used formatter goes first. */
const intlCache = new LRUCache<string, Intl.NumberFormat>({ max: FORMATTER_CACHE_MAX });

/** How many formatters are cached now (for the bound's test). */
export function cachedFormatters(): number {
	return intlCache.size;
}

function intlFormatter(locale: string, currency: string, decimals: number): Intl.NumberFormat {
	const key = `${locale}|${currency}|${decimals}`;
	let formatter = intlCache.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		intlCache.set(key, formatter);
	}
	return formatter;
}

/**
 * Formats `amount` as `wc_price()` does with the store's settings (`-€ 1.234,50` for -1234.5 on the
 * fixture). With a `locale`, the amount is formatted by Intl.NumberFormat for that locale instead
 * (currency from `currency`, else the store's), which is what a shopper-facing vendor widget may want.
 */
export function formatPrice(amount: number, format: PriceFormat, options: { locale?: string; currency?: string } = {}): string {
	if (options.locale) return intlFormatter(options.locale, options.currency ?? format.currency, format.decimals).format(amount);
	const symbol = options.currency === undefined && format.symbol !== undefined ? format.symbol : currencySymbol(options.currency ?? format.currency);
	const number = numberFormat(amount, format.decimals, format.decimalSeparator, format.thousandSeparator);
	const negative = amount < 0 ? '-' : ''; // as wc_price(): even when the rounded amount is zero
	switch (format.position) {
		case 'right':
			return `${negative}${number}${symbol}`;
		case 'left_space':
			return `${negative}${symbol}${NBSP}${number}`;
		case 'right_space':
			return `${negative}${number}${NBSP}${symbol}`;
		default:
			return `${negative}${symbol}${number}`;
	}
}
