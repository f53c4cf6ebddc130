/**
 * fast-check generators of hostile requests to the sidecar: every route (and paths beside them), any
 * method, hostile names and values, duplicated and bracketed parameters, forged or valid tokens,
 * identity and fetch-metadata headers. Every hostile value carries CANARY, so a reflection is found by a
 * plain substring search.
 */
import fc from 'fast-check';

export const CANARY = 'qxzCanary';

/** Percent-encodes UTF-8 bytes (lone surrogates become U+FFFD, as a browser would send them). */
export const encode = (text: string): string => [...Buffer.from(text, 'utf8')]
	.map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

export interface Tokens {
	oct8ne: string;
	belco: string;
	loymax: string;
}

export interface FuzzRequest {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'PATCH';
	path: string;
	/** [raw name, raw (unencoded) value]; names may repeat. */
	params: Array<[string, string]>;
	headers: Record<string, string>;
	remoteAddress: string;
	/** Sign the identity headers as WordPress would (customer 2), over the final URL. */
	signed: boolean;
	/** Add the route's own valid token, so the hostile input reaches validation and the repositories. */
	withToken: boolean;
	body?: string;
}

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE shop_posts; -- ", '../../../../etc/passwd', '\u0000\u0001\u001f',
	'__proto__', 'constructor', 'prototype', '{{7*7}}', '${7*7}', '\u2028\u2029', 'a'.repeat(3000), '-1', '0', '1e309', '99999999999999999999', 'NaN', 'null',
	'%00', '%E0%A4%A', '\ud800', 'javascript:alert(1)', 'a@b', 'x@example.com<script>', '1,2,3', ' ', ''];

/** A hostile value: a known payload, random text (any code points) or both, always with the canary inside. */
export const hostile: fc.Arbitrary<string> = fc.tuple(
	fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 })),
	fc.constantFrom('', '<', '"', "'", '&', '\\', '`', '</script>'),
).map(([payload, tail]) => `${payload}${CANARY}${tail}`);

const OCT8NE_METHODS = ['productInfo', 'productSummary', 'productRelated', 'search', 'customerData', 'addToWishList', 'getCart',
	'getOrders', 'getOrderDetails', 'getSalesReport', 'getAdapterInfo'];
const ROUTES = ['/health', '/commerce-bridge/core/identity', '/commerce-bridge/belco/orders', '/commerce-bridge/belco/frame',
	'/commerce-bridge/loymax/categories', '/commerce-bridge/loymax/products', '/commerce-bridge/loymax/customers', '/commerce-bridge/loymax/orders',
	'/commerce-bridge/bambuser/products', ...OCT8NE_METHODS.map((m) => `/oct8ne/frame/${m}`)];
const NAMES = ['productIds', 'productId', 'search', 'page', 'pageSize', 'orderby', 'orderBy', 'dir', 'category', 'price', 'locale', 'currency',
	'customerEmail', 'reference', 'from', 'to', 'callback', 'apiToken', 'token', 'email', 'phoneNumber', 'limit', 'ids', 'sku', 'url', 'q',
	'page[number]', 'page[size]', 'filter[updatedSince]', 'filter[status]', 'updatedSince', 'sort', 'include', '__proto__', 'constructor',
	'token[]', 'apiToken[0]', 'callback[]', 'productIds[]'];

/** A path: a real route in any letter case, maybe with a trailing slash or a hostile segment, or something beside the routes. */
const path: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom('', '', '', '/', 'upper', 'lower')).map(([route, variant]) =>
		variant === 'upper' ? route.toUpperCase() : variant === 'lower' ? route.toLowerCase() : `${route}${variant}`) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom('/oct8ne/frame/', '/commerce-bridge/loymax/', '/commerce-bridge/belco/', '/commerce-bridge/bambuser/', '/'), hostile)
		.map(([base, segment]) => `${base}${encode(segment)}`) },
	{ weight: 1, arbitrary: fc.constantFrom('/oct8ne/frame/constructor', '/oct8ne/frame/__proto__', '/oct8ne/frame/__PROTO__', '/oct8ne/frame/toString',
		'/oct8ne/frame/getOrders;apiToken=x', '/commerce-bridge/loymax/token=x', '/oct8ne/frame/search/extra', '/%2e%2e/%2e%2e/etc/passwd') },
);

const value = (tokens: Tokens) => fc.oneof(
	{ weight: 5, arbitrary: hostile },
	{ weight: 3, arbitrary: fc.constantFrom('1', '14', '102', '2', 'cb', 'jQuery.cb_1', 'nl_NL', 'EUR', 'usd', 'asc', 'price', '2024-01-01', 'sanne.devries@example.com',
		'+31612345678', '10-25', 'hoodie', '#SNK', 'http://127.0.0.1:8080/product/sneaker-urban-canal/', '-created') },
	{ weight: 2, arbitrary: fc.constantFrom(tokens.oct8ne, tokens.belco, tokens.loymax) },
);

const headers = (tokens: Tokens): fc.Arbitrary<Record<string, string>> => fc.record({
	'sec-fetch-site': fc.constantFrom('cross-site', 'same-site', 'same-origin', 'none', `x${CANARY}`),
	authorization: fc.oneof(fc.constant(`Bearer ${tokens.loymax}`), hostile.map((h) => `Bearer ${h.replace(/[^\x20-\x7e]/g, '')}`), fc.constant('Basic Og==')),
	'x-commerce-bridge-user': fc.constantFrom('2', '0', '-1', '99999999999999999999999', 'abc'),
	'x-commerce-bridge-session': fc.constantFrom('2', 't_x', '', `s${CANARY}`),
	'x-commerce-bridge-time': fc.constantFrom(String(Math.floor(Date.now() / 1000)), '0', 'x'),
	'x-commerce-bridge-signature': fc.constantFrom('0'.repeat(64), 'f'.repeat(64), 'zz'),
	'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', `x/${CANARY}`),
	cookie: fc.constant(`wordpress_logged_in=${CANARY}`),
}, { requiredKeys: [] });

export const fuzzRequest = (tokens: Tokens): fc.Arbitrary<FuzzRequest> => fc.record({
	method: fc.oneof({ weight: 8, arbitrary: fc.constant('GET' as const) }, { weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH') as fc.Arbitrary<FuzzRequest['method']> }),
	path,
	params: fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: hostile }), value(tokens)), { maxLength: 6 }),
	headers: headers(tokens),
	remoteAddress: fc.ipV4(),
	signed: fc.boolean(),
	withToken: fc.boolean(),
	body: fc.option(hostile, { nil: undefined }),
});
