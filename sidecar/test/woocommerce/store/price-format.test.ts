import { execFileSync } from 'node:child_process';
import { cachedFormatters, FORMATTER_CACHE_MAX, formatPrice, type PriceFormat } from '../../../src/woocommerce/store/price-format';

const fixtureFormat: PriceFormat = { currency: 'EUR', position: 'left_space', thousandSeparator: '.', decimalSeparator: ',', decimals: 2 };

/** wc_price()'s number part and sign, computed by real PHP (number_format rounds like PHP's round()). */
function phpNumbers(amounts: number[], decimals: number, dec: string, thousand: string): string[] {
	const code = `foreach (json_decode($argv[1]) as $p) { echo ($p < 0 ? '-' : ''), number_format(abs($p), ${decimals}, '${dec}', '${thousand}'), "\\n"; }`;
	return execFileSync('php', ['-r', code, JSON.stringify(amounts)]).toString('utf8').trim().split('\n');
}

/** `-1.234,50` + `€` + left → `-€1.234,50`: wc_price puts the sign before the symbol. */
const left = (phpNumber: string, symbol: string, space = '') => `${phpNumber.startsWith('-') ? '-' : ''}${symbol}${space}${phpNumber.replace(/^-/, '')}`;

describe('formatPrice', () => {
	const amounts = [0, 1234.5, -1234.5, 1.005, 2.675, 0.125, 1e9 + 0.995, 19.99, 4.95, 999.999, -0.001];

	it('matches PHP number_format for the fixture settings', () => {
		const expected = phpNumbers(amounts, 2, ',', '.');
		amounts.forEach((amount, i) => expect(formatPrice(amount, fixtureFormat)).toBe(left(expected[i]!, '€', '\u00a0')));
	});

	it('matches PHP for zero and three decimals', () => {
		const expected0 = phpNumbers(amounts, 0, '.', ' ');
		const expected3 = phpNumbers(amounts, 3, '.', ',');
		amounts.forEach((amount, i) => {
			expect(formatPrice(amount, { ...fixtureFormat, position: 'right', decimals: 0, decimalSeparator: '.', thousandSeparator: ' ' })).toBe(`${expected0[i]}€`);
			expect(formatPrice(amount, { ...fixtureFormat, currency: 'USD', position: 'left', decimals: 3, decimalSeparator: '.', thousandSeparator: ',' })).toBe(left(expected3[i]!, '$'));
		});
	});

	it('places WooCommerce symbols on every side', () => {
		expect(formatPrice(1234.5, { ...fixtureFormat, currency: 'SEK', position: 'right_space', thousandSeparator: ' ' })).toBe('1 234,50\u00a0kr');
		expect(formatPrice(10, { ...fixtureFormat, currency: 'GBP', position: 'left' })).toBe('£10,00');
		expect(formatPrice(10, { ...fixtureFormat, currency: 'PLN', position: 'right_space' })).toBe('10,00\u00a0zł');
		expect(formatPrice(10, { ...fixtureFormat, currency: 'CZK', position: 'right_space' })).toBe('10,00\u00a0Kč');
		expect(formatPrice(10, { ...fixtureFormat, currency: 'DKK', position: 'left_space' })).toBe('kr.\u00a010,00');
		expect(formatPrice(10, { ...fixtureFormat, currency: 'XYZ', position: 'left_space' })).toBe('XYZ\u00a010,00');
	});

	it('uses Intl.NumberFormat when a locale is given', () => {
		expect(formatPrice(1234.5, fixtureFormat, { locale: 'en-US', currency: 'USD' })).toBe('$1,234.50');
		expect(formatPrice(1234.5, fixtureFormat, { locale: 'nl-NL' })).toBe('€\u00a01.234,50');
	});
});

describe('the Intl formatter cache', () => {
	test('stays bounded however many locale/currency pairs callers send (it once grew by 455 MB)', () => {
		const locales = Intl.NumberFormat.supportedLocalesOf(['en-US', 'nl-NL', 'de-DE', 'fr-FR', 'en-GB', 'sv-SE', 'ja-JP', 'pt-BR']);
		const currencies = Intl.supportedValuesOf('currency').slice(0, 120);
		const format: PriceFormat = { currency: 'EUR', decimals: 2, decimalSeparator: ',', thousandSeparator: '.', position: 'left_space' };
		for (const locale of locales) for (const currency of currencies) formatPrice(1, format, { locale, currency });
		expect(locales.length * currencies.length).toBeGreaterThan(FORMATTER_CACHE_MAX);
		expect(cachedFormatters()).toBe(FORMATTER_CACHE_MAX);
	});
});
