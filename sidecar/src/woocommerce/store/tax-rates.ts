/**
 * WooCommerce's tax-rate matching (WC_Tax::find_rates / get_matched_tax_rates) over the rows of
 * `woocommerce_tax_rates` and `woocommerce_tax_rate_locations`, for one location and tax class.
 */

export interface TaxRate {
	id: number;
	country: string;
	state: string;
	/** Percent, e.g. 21. */
	rate: number;
	priority: number;
	compound: boolean;
	/** Tax class slug; '' is the standard class. */
	taxClass: string;
	/** Postcode rules of the rate (`1012*`, `1000...1099`, `1012LM`), upper case. */
	postcodes: string[];
	/** Cities of the rate, upper case. */
	cities: string[];
}

export interface TaxLocation {
	country: string;
	state: string;
	postcode: string;
	city: string;
}

/** wc_normalize_postcode(): upper case without spaces or dashes. */
export const normalizePostcode = (postcode: string) => postcode.trim().toUpperCase().replace(/[\s-]/g, '');

/** One postcode rule against a normalised postcode: exact, `prefix*` wildcard or a numeric `from...to` range. */
function postcodeMatches(rule: string, postcode: string): boolean {
	const normalized = normalizePostcode(rule);
	if (normalized.includes('...')) {
		const [from = '', to = ''] = normalized.split('...');
		const value = Number(postcode);
		return /^\d+$/.test(postcode) && value >= Number(from) && value <= Number(to);
	}
	return normalized.endsWith('*') ? postcode.startsWith(normalized.slice(0, -1)) : normalized === postcode;
}

/** The location clause of get_matched_tax_rates(): no locations, a matching postcode (and city if any), or a matching city. */
function locationMatches(rate: TaxRate, postcode: string, city: string): boolean {
	if (rate.postcodes.length === 0 && rate.cities.length === 0) return true;
	const cityOk = rate.cities.includes(city);
	if (rate.postcodes.length > 0) return rate.postcodes.some((rule) => postcodeMatches(rule, postcode)) && (cityOk || rate.cities.length === 0);
	return cityOk;
}

/** WC_Tax::sort_rates_callback(): priority, then specific country/state before any, then more locations, then id. */
function compareRates(a: TaxRate, b: TaxRate): number {
	if (a.priority !== b.priority) return a.priority - b.priority;
	for (const key of ['country', 'state'] as const) {
		if (a[key] === b[key]) continue;
		if (a[key] === '') return 1;
		if (b[key] === '') return -1;
		return a[key] > b[key] ? 1 : -1;
	}
	if (a.postcodes.length !== b.postcodes.length) return b.postcodes.length - a.postcodes.length;
	if (a.cities.length !== b.cities.length) return b.cities.length - a.cities.length;
	return a.id - b.id;
}

/** The rates WooCommerce applies at `location` for `taxClass`: the best match per priority; none without a country. */
export function matchRates(rates: readonly TaxRate[], location: TaxLocation | null, taxClass: string): TaxRate[] {
	if (!location || location.country === '') return [];
	const country = location.country.toUpperCase();
	const state = location.state.toUpperCase();
	const postcode = normalizePostcode(location.postcode);
	const city = location.city.trim().toUpperCase();
	const found = rates.filter((r) => r.taxClass === taxClass && (r.country === '' || r.country === country)
		&& (r.state === '' || r.state === state) && locationMatches(r, postcode, city)).sort(compareRates);
	const priorities = new Set<number>();
	return found.filter((r) => !priorities.has(r.priority) && priorities.add(r.priority));
}
