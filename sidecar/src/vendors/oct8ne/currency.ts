import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PriceFormat } from '../../woocommerce/store/price-format';
import { tokensEqual } from '../../lib/tokens';

/**
 * A `currency` other than the shop's is priced only with a rate WordPress vouches for: on the late path
 * the proxy asks the `commerce_bridge_currency_rate` filter (a multi-currency plugin answers it) and
 * sends the answer as `X-Commerce-Bridge-Currency` (base64url JSON) with an HMAC in
 * `X-Commerce-Bridge-Currency-Signature` over `currency\ntime\nMETHOD\nrequestUri\npayload`
 * (plugin/src/Proxy/CurrencyContext.php). Anything else — no answer, the direct path (which drops these
 * headers), a bad or stale signature, another currency — is answered in the shop's own currency.
 */
export const CURRENCY_HEADERS = { payload: 'x-commerce-bridge-currency', signature: 'x-commerce-bridge-currency-signature', time: 'x-commerce-bridge-time' } as const;

const MAX_CLOCK_SKEW_SECONDS = 60;

const conversionSchema = z.object({
	currency: z.string().regex(/^[A-Z]{3}$/),
	rate: z.number().positive().finite(),
	symbol: z.string().min(1).max(16),
	decimals: z.number().int().min(0).max(8),
	position: z.enum(['left', 'right', 'left_space', 'right_space']),
	thousandSeparator: z.string().max(8),
	decimalSeparator: z.string().max(8),
});

/** What a converted answer is priced with: the rate from the shop's currency and the target's format. */
export interface Conversion {
	rate: number;
	format: PriceFormat & { symbol: string };
}

export function signCurrency(secret: string, time: string, method: string, requestUri: string, payload: string): string {
	return createHmac('sha256', secret).update(['currency', time, method.toUpperCase(), requestUri, payload].join('\n')).digest('hex');
}

/** The vouched-for conversion to `currency`, or null (then the shop's currency is used). */
export function signedConversion(request: FastifyRequest, secret: string, currency: string, nowSeconds = Math.floor(Date.now() / 1000)): Conversion | null {
	const payload = request.headers[CURRENCY_HEADERS.payload];
	const signature = request.headers[CURRENCY_HEADERS.signature];
	const time = request.headers[CURRENCY_HEADERS.time];
	if (typeof payload !== 'string' || typeof signature !== 'string' || typeof time !== 'string' || !/^\d{1,12}$/.test(time)) return null;
	if (Math.abs(nowSeconds - Number(time)) > MAX_CLOCK_SKEW_SECONDS || payload.length > 1024) return null;
	if (!/^[0-9a-f]{64}$/.test(signature) || !tokensEqual(signature, signCurrency(secret, time, request.method, request.url, payload))) return null;
	let decoded: unknown;
	try {
		decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
	const parsed = conversionSchema.safeParse(decoded);
	if (!parsed.success || parsed.data.currency !== currency) return null;
	const { rate, ...format } = parsed.data;
	return { rate, format };
}
