/**
 * Phone numbers are typed by hand in every format (`+31 (0)20 1234567`, `06-23456789`, `0031 6 …`), so
 * they are compared on their national significant number (NSN): digits only, country code and trunk
 * zeros removed. Two numbers match when their NSNs are equal and, if both carry a country code, the
 * codes agree too.
 */
export interface NormalisedPhone {
	/** ITU calling code without `+`, or null for a number written in national format. */
	countryCode: string | null;
	nsn: string;
}

/** Calling codes of one or two digits; every other code has three (ITU codes are prefix-free). */
const SHORT_CODES = new Set([
	'1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48',
	'49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82',
	'84', '86', '90', '91', '92', '93', '94', '95', '98',
]);

/** The shortest NSN we compare; shorter input identifies nobody. */
export const MIN_NSN_DIGITS = 6;

function splitCountryCode(digits: string): [string, string] {
	for (const length of [1, 2]) {
		const code = digits.slice(0, length);
		if (SHORT_CODES.has(code)) return [code, digits.slice(length)];
	}
	return [digits.slice(0, 3), digits.slice(3)];
}

/** Normalises a free-form phone number; null when it holds too few digits to identify anyone. */
export function normalisePhone(raw: string): NormalisedPhone | null {
	// "(0)" is the optional trunk prefix some people write after the country code.
	const compact = raw.trim().replace(/\(0\)/g, '');
	const international = /^(\+|00)/.test(compact);
	let digits = compact.replace(/\D/g, '');
	let countryCode: string | null = null;
	if (international) {
		if (compact.startsWith('00')) digits = digits.slice(2);
		[countryCode, digits] = splitCountryCode(digits);
	}
	const nsn = digits.replace(/^0+/, '');
	return nsn.length >= MIN_NSN_DIGITS ? { countryCode, nsn } : null;
}

export function phonesMatch(a: NormalisedPhone, b: NormalisedPhone): boolean {
	if (a.nsn !== b.nsn) return false;
	return a.countryCode === null || b.countryCode === null || a.countryCode === b.countryCode;
}

/** The trailing digits every matching number must end with: a cheap, index-free SQL pre-filter. */
export function phoneSuffix(phone: NormalisedPhone): string {
	return phone.nsn.slice(-MIN_NSN_DIGITS);
}
