import { z } from 'zod';

/** Loymax REST conventions (JSON:API style, fact sheet §4.2): `page[number]` 1-based, `page[size]` ≤ 1000. */
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_NUMBER = 1_000_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD HH:MM:SS` in UTC (the `*_gmt` columns' format), or null when `text` is not a real ISO 8601 instant. */
export function isoToSqlUtc(text: string): string | null {
	const m = ISO_DATE.exec(text);
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
	const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
	if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > days || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
	// Without an offset the instant is read as UTC (a date alone means its midnight UTC).
	const offset = !zone || zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
	const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
	return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ') : null;
}

const positive = (max: number, name: string) =>
	z.string().regex(/^\d{1,9}$/, `${name} must be a positive integer`).transform(Number)
		.refine((n) => n >= 1 && n <= max, `${name} must be between 1 and ${max}`);

const since = z.string().transform((text, ctx) => {
	const sql = isoToSqlUtc(text);
	if (sql === null) ctx.addIssue({ code: 'custom', message: 'updatedSince must be an ISO 8601 date or date-time' });
	return sql ?? '';
});

/** Every feed's query: unknown parameters (and so unknown filters) are refused with 400. */
export const feedQuerySchema = z.strictObject({
	'page[number]': positive(MAX_PAGE_NUMBER, 'page[number]').optional(),
	'page[size]': positive(MAX_PAGE_SIZE, 'page[size]').optional(),
	'filter[updatedSince]': since.optional(),
	/** The same filter, spelled as in the issue. */
	updatedSince: since.optional(),
	/** The feed token may come here or as `Authorization: Bearer`; checked before validation. */
	token: z.string().optional(),
});
export type FeedQuery = z.output<typeof feedQuerySchema>;

const link = z.string().nullable();
const envelope = <T extends z.ZodType>(type: string, attributes: T) => z.object({
	data: z.array(z.object({ type: z.literal(type), id: z.string(), attributes })),
	meta: z.object({ total: z.number().int(), count: z.number().int(), page: z.number().int(), size: z.number().int() }),
	links: z.object({ self: z.string(), first: z.string(), prev: link, next: link, last: z.string() }),
});

/** `deleted`: a category removed since `updatedSince` (name and URL empty). */
export const categoryAttributes = z.object({ parentId: z.string().nullable(), name: z.string(), url: z.string(), deleted: z.boolean() });

export const productAttributes = z.object({
	parentId: z.string().nullable(),
	name: z.string(),
	categoryIds: z.array(z.string()),
	price: z.number().nullable(),
	regularPrice: z.number().nullable(),
	currency: z.string(),
	stockStatus: z.string(),
	url: z.string(),
	imageUrl: z.string().nullable(),
	sku: z.string(),
});

export const customerAttributes = z.object({
	email: z.string(),
	phone: z.string(),
	firstName: z.string(),
	lastName: z.string(),
	registeredAt: z.string(),
	country: z.string(),
});

export const orderAttributes = z.object({
	customerId: z.string().nullable(),
	createdAt: z.string(),
	updatedAt: z.string(),
	status: z.string(),
	total: z.number(),
	currency: z.string(),
	lines: z.array(z.object({ productId: z.string(), quantity: z.number(), price: z.number() })),
});

export const categoriesResponse = envelope('categories', categoryAttributes);
export const productsResponse = envelope('products', productAttributes);
export const customersResponse = envelope('customers', customerAttributes);
export const ordersResponse = envelope('orders', orderAttributes);

export const errorResponse = z.object({ error: z.string(), message: z.string().optional() });
