/**
 * WooCommerce's rate matching and tax arithmetic on hand-made rates (the fixture's rates are country-only;
 * the real-store agreement is plugin/tests/Vendors/Oct8ne/CatalogPricesAgreementTest.php).
 */
import { exclusiveTaxes, inclusiveTaxes, phpRound, priceExcludingTax, priceIncludingTax } from '../../../src/woocommerce/store/tax-calc';
import { matchRates, type TaxRate } from '../../../src/woocommerce/store/tax-rates';

const rate = (id: number, fields: Partial<TaxRate>): TaxRate =>
	({ id, country: '', state: '', rate: 0, priority: 1, compound: false, taxClass: '', postcodes: [], cities: [], ...fields });

const where = (country: string, postcode = '', city = '', state = '') => ({ country, state, postcode, city });

describe('matchRates', () => {
	const rates = [
		rate(1, { country: 'NL', rate: 21 }),
		rate(2, { country: 'NL', rate: 9, taxClass: 'reduced-rate' }),
		rate(3, { country: 'US', state: 'CA', rate: 7.25 }),
		rate(4, { country: 'US', state: 'CA', rate: 1, postcodes: ['900*'] }),
		rate(5, { country: 'US', rate: 2, postcodes: ['10000...10099'], cities: ['NEW YORK'] }),
		rate(6, { country: 'US', state: 'CA', rate: 0.5, priority: 2, compound: true }),
		rate(7, { rate: 3, priority: 3 }),
	];
	const ids = (found: TaxRate[]) => found.map((r) => r.id);

	test('country and class; a rate for any country matches too, one per priority', () => {
		expect(ids(matchRates(rates, where('NL'), ''))).toEqual([1, 7]);
		expect(ids(matchRates(rates, where('nl'), 'reduced-rate'))).toEqual([2]);
		expect(ids(matchRates(rates, where('DE'), ''))).toEqual([7]);
	});

	test('the rate with more locations wins its priority; wildcards, ranges and cities', () => {
		expect(ids(matchRates(rates, where('US', '90012', '', 'CA'), ''))).toEqual([4, 6, 7]);
		expect(ids(matchRates(rates, where('US', '94105', '', 'CA'), ''))).toEqual([3, 6, 7]);
		expect(ids(matchRates(rates, where('US', '10 050', 'New York'), ''))).toEqual([5, 7]);
		expect(ids(matchRates(rates, where('US', '10050', 'Albany'), ''))).toEqual([7]);
	});

	test('no location, or no country: no rates', () => {
		expect(matchRates(rates, null, '')).toEqual([]);
		expect(matchRates(rates, where(''), '')).toEqual([]);
	});
});

describe('tax arithmetic', () => {
	const regular = rate(1, { rate: 10 });
	const compound = rate(2, { rate: 5, priority: 2, compound: true });
	const nl = [rate(3, { rate: 21 })];
	const de = [rate(4, { rate: 19 })];

	test('compound rates go on the price with the earlier taxes, and come off first', () => {
		expect(exclusiveTaxes(100, [regular, compound], 2)).toEqual([10, 5.5]);
		expect(inclusiveTaxes(115.5, [regular, compound], 2)).toEqual([10, 5.5]);
	});

	test('prices entered with tax: another country\'s rate replaces the base rate, each tax rounded half down', () => {
		const t = { pricesIncludeTax: true, roundAtSubtotal: false, decimals: 2 };
		expect(priceIncludingTax(18, nl, nl, t)).toBe(18);
		expect(priceIncludingTax(18, de, nl, t)).toBe(17.71);
		expect(priceIncludingTax(18, [], nl, t)).toBe(14.88);
		expect(priceExcludingTax(18, nl, t)).toBeCloseTo(14.876033, 6);
	});

	test('prices entered without tax: the rate goes on, rounded to the price decimals', () => {
		const t = { pricesIncludeTax: false, roundAtSubtotal: false, decimals: 2 };
		expect(priceIncludingTax(29.99, [rate(5, { rate: 9 })], [], t)).toBe(32.69);
		expect(priceExcludingTax(29.99, nl, t)).toBe(29.99);
	});

	test('PHP rounding: half away from zero, or half down, after trimming float noise', () => {
		expect(phpRound(1.005, 2)).toBe(1.01);
		expect(phpRound(2.125, 2, true)).toBe(2.12);
		expect(phpRound(-2.5, 0)).toBe(-3);
	});
});
