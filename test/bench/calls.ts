import type { Stack } from '../stack/stack';
import { optionValue } from './stack-options';

/**
 * The questions of the path comparison, each asked once of WooCommerce's own Store API (the baseline)
 * and once of Commerce Bridge along every path of paths.ts: oct8ne's two hottest widget calls and one
 * identity-bound call (the logged-in customer's cart), and the Loymax products feed (a vendor's token). `check` says what a right answer must contain, so
 * a path that answers the wrong thing (an error page, a guest's empty cart) is reported, not measured.
 */
export interface BenchCall {
	name: string;
	/** Commerce Bridge's path, the same on the store's URL and on the sidecar. */
	vendorPath: string;
	/** WooCommerce's own answer to the same question, on the store's URL. */
	baselinePath: string;
	/** Asked as the logged-in fixture customer (customer.ts) instead of a guest. */
	identityBound: boolean;
	/** Headers every path sends besides the identity (a vendor's token); none by default. */
	credentials?(stack: Stack): Promise<Record<string, string>>;
	/** '' when the body answers the question, else what is wrong. */
	check(body: string): string;
}

const IDS = [14, 57, 102, 11, 76];
const TERM = 'hoodie';

function mentions(body: string, pattern: RegExp, what: string): string {
	return pattern.test(body) ? '' : `the answer does not contain ${what}: ${body.slice(0, 120)}`;
}

/** The token activation generated: in the secrets option, unless an older install still keeps it in the vendor's (which wins). */
async function feedToken(stack: Stack): Promise<string> {
	return (await optionValue(stack, 'commerce_bridge_loymax', 'feedToken')) || optionValue(stack, 'commerce_bridge_loymax_secrets', 'feedToken');
}

export const CALLS: BenchCall[] = [
	{
		name: `productInfo (${IDS.length} ids)`,
		vendorPath: `/oct8ne/frame/productInfo?productIds=${IDS.join(',')}`,
		baselinePath: `/wp-json/wc/store/v1/products?include=${IDS.join(',')}`,
		identityBound: false,
		check: (body) => IDS.map((id) => mentions(body, new RegExp(`"(?:internalId|id)":"?${id}\\b`), `product ${id}`)).find(Boolean) ?? '',
	},
	{
		name: `search "${TERM}"`,
		vendorPath: `/oct8ne/frame/search?search=${TERM}&pageSize=10`,
		baselinePath: `/wp-json/wc/store/v1/products?search=${TERM}`,
		identityBound: false,
		check: (body) => mentions(body, /hoodie/i, 'a hoodie'),
	},
	{
		name: 'getCart (logged-in customer)',
		vendorPath: '/oct8ne/frame/getCart',
		baselinePath: '/wp-json/wc/store/v1/cart',
		identityBound: true,
		// The fixture customer's saved cart holds the tote bag (57); a guest's cart is empty.
		check: (body) => mentions(body, /tote bag/i, "the customer's tote bag"),
	},
	{
		name: 'Loymax products feed (100)',
		vendorPath: '/commerce-bridge/loymax/products?page[size]=100',
		baselinePath: '/wp-json/wc/store/v1/products?per_page=100',
		identityBound: false,
		credentials: async (stack) => ({ authorization: `Bearer ${await feedToken(stack)}` }),
		check: (body) => mentions(body, /^\[\{|"data":\[\{/, 'a list of products'),
	},
];
