import { z } from 'zod';
import { CALLBACK_MAX, CALLBACK_PATTERN } from './jsonp';

/** oct8ne API 2.4 (../shared/vendors/oct8ne.md): query parameters and the allow-listed answers. */

export const callbackSchema = z.string().max(CALLBACK_MAX, 'callback: at most 128 characters').regex(CALLBACK_PATTERN, 'callback: must be a JavaScript identifier path');

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** `nl`, `nl-NL`, `sr-Latn-RS`: a language the runtime can format for, with optional script and region (no extensions). */
const LOCALE_SHAPE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/;

/** The canonical tag (`nl-NL` for `nl_nl`) when Intl really has data for its language, else undefined. */
function supportedLocale(value: string): string | undefined {
	const tag = value.replace(/_/g, '-');
	if (!LOCALE_SHAPE.test(tag)) return undefined;
	const [canonical] = Intl.getCanonicalLocales(tag);
	return canonical !== undefined && Intl.NumberFormat.supportedLocalesOf([canonical]).length === 1 ? canonical : undefined;
}

const locale = z.preprocess(emptyToUndefined, z.string().max(35).transform((v, ctx) => {
	const canonical = supportedLocale(v);
	if (canonical === undefined) ctx.addIssue({ code: 'custom', message: 'locale: must be a supported locale such as en-US' });
	return canonical ?? '';
}).optional());

/** ISO 4217 codes as the runtime knows them (Intl.supportedValuesOf), upper case. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const currency = z.preprocess(emptyToUndefined, z.string().transform((v) => v.toUpperCase())
	.refine((v) => CURRENCIES.has(v), 'currency: must be an ISO 4217 currency code such as EUR').optional());

const formatting = { locale, currency };

const positiveInt = (name: string) => z.string().regex(/^\d{1,15}$/, `${name}: must be a positive integer`).transform(Number).pipe(z.number().int().min(1, `${name}: must be at least 1`));

/** `1,2,3`; empty means none. At most 100 ids. */
export const productIdsSchema = z
	.string()
	.max(2000)
	.regex(/^\s*(\d{1,15}\s*(,\s*\d{1,15}\s*)*)?,?\s*$/, 'productIds: must be product ids separated by commas')
	.transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean).map(Number))])
	.refine((ids) => ids.length <= 100, 'productIds: at most 100 ids');

export const productsQuerySchema = z.object({ productIds: productIdsSchema.default([]), ...formatting });

export const relatedQuerySchema = z.object({ productId: positiveInt('productId'), ...formatting });

export const searchQuerySchema = z.object({
	search: z.string().max(200, 'search: at most 200 characters').default(''),
	page: positiveInt('page').default(1),
	pageSize: positiveInt('pageSize').transform((n) => Math.min(n, 100)).default(10),
	orderby: z.enum(['relevance', 'price', 'name'], 'orderby: must be relevance, price or name').optional(),
	orderBy: z.enum(['relevance', 'price', 'name'], 'orderBy: must be relevance, price or name').optional(),
	dir: z.enum(['asc', 'desc'], 'dir: must be asc or desc').default('asc'),
	category: positiveInt('category').optional(),
	price: z.string().regex(/^\d{1,9}-(\d{1,9})?$/, 'price: must be a range such as 10-25').optional(),
	...formatting,
});

export const sessionQuerySchema = z.object({ ...formatting });

export const wishlistQuerySchema = z.object({ productIds: productIdsSchema.refine((ids) => ids.length > 0, 'productIds: at least one id') });

export const ordersQuerySchema = z.object({
	customerEmail: z.string().trim().max(254).email('customerEmail: must be an e-mail address'),
	page: positiveInt('page').default(1),
	pageSize: positiveInt('pageSize').transform((n) => Math.min(n, 100)).default(10),
	...formatting,
});

export const orderDetailsQuerySchema = z.object({
	reference: z.string().trim().min(1, 'reference: is required').max(64, 'reference: at most 64 characters'),
	...formatting,
});

const day = (name: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${name}: must be a date YYYY-MM-DD`)
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${name}: is not a calendar date`);

export const salesReportQuerySchema = z.object({ from: day('from'), to: day('to') });

export const emptyQuerySchema = z.object({});

// ----- answers -----

export const productSummarySchema = z.object({
	internalId: z.string(),
	title: z.string(),
	formattedPrice: z.string().nullable(),
	formattedPrevPrice: z.string().nullable(),
	productUrl: z.string(),
	thumbnail: z.string(),
});

export const productInfoSchema = productSummarySchema.extend({
	description: z.string(),
	useProductUrl: z.boolean(),
	addToCartUrl: z.string(),
	medias: z.array(z.object({ url: z.string() })),
});

export const productInCartSchema = productSummarySchema.extend({ qty: z.number() });

const filterOption = z.object({ value: z.string(), valueLabel: z.string(), count: z.number().int() });

export const searchResponseSchema = z.object({
	total: z.number().int(),
	results: z.array(productSummarySchema),
	filters: z.object({
		applied: z.array(z.object({ param: z.string(), paramLabel: z.string(), value: z.string(), valueLabel: z.string() })),
		available: z.array(z.object({ param: z.string(), paramLabel: z.string(), options: z.array(filterOption) })),
	}),
});

export const relatedResponseSchema = z.object({ total: z.number().int(), results: z.array(productSummarySchema) });

export const customerDataSchema = z.object({
	id: z.string().nullable(),
	firstName: z.string().nullable(),
	lastName: z.string().nullable(),
	email: z.string().nullable(),
	wishlist: z.array(productSummarySchema),
	cart: z.array(productInCartSchema),
});

export const wishlistResultSchema = z.object({ result: z.enum(['true', 'false']) });

export const cartSchema = z.object({
	price: z.number(),
	finalPrice: z.number(),
	currency: z.string(),
	totalItems: z.number(),
	cart: z.array(z.object({ internalId: z.string(), title: z.string(), qty: z.number(), price: z.number() })),
});

export const adapterInfoSchema = z.object({
	platform: z.string(),
	adapterName: z.string(),
	adapterVersion: z.string(),
	developedBy: z.string(),
	supportUrl: z.string(),
	apiVersion: z.literal('2.4'),
	enabled: z.boolean(),
});

export const orderSchema = z.object({
	date: z.string(),
	reference: z.string(),
	total: z.string(),
	currency: z.string(),
	labelState: z.string(),
	deliveryDate: z.string(),
});

export const orderDetailsSchema = orderSchema.extend({
	carrier: z.string(),
	trackingNumber: z.string(),
	trackingUrl: z.string(),
	products: z.array(z.object({ quantity: z.number(), name: z.string() })),
	comments: z.array(z.object({ message: z.string(), customer: z.boolean() })),
});

export const salesReportItemSchema = z.object({
	quoteid: z.string(),
	quoteId: z.string(),
	orderId: z.string(),
	sessionId: z.string(),
	customerId: z.string(),
	price: z.number(),
	finalPrice: z.number(),
	currency: z.string(),
	productsCount: z.number().int(),
	itemsCount: z.number(),
	lastAction: z.enum(['C', 'U']),
	utcCreated: z.string(),
	utcLastUpdated: z.string(),
});
