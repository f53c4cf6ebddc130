import type { BenchCase } from '../case';
import { customerCookie } from '../customer';
import type { BenchRow } from '../report';
import { stackRouting } from '../routing';
import { measureTarget } from '../target';

const PRODUCT_INFO = '/oct8ne/frame/productInfo?productIds=14,57,102,11,76';
const CUSTOMER_DATA = '/oct8ne/frame/customerData';
const PATH_HEADER = 'x-commerce-bridge-path';
/** The circuit breaker's cool-down (plugin/src/Proxy/CircuitBreaker.php): a throughput run that overloads PHP can open it. */
const SETTLE_MS = 6_000;

const answeredBy = (wanted: string) => (response: Response) =>
	response.headers.get(PATH_HEADER) === wanted ? '' : `answered by ${response.headers.get(PATH_HEADER) ?? 'no proxy path'}, not the ${wanted} path`;

/**
 * oct8ne productInfo (5 ids) through the store's URL on the early path (the must-use loader the plugin
 * installs, plugin/mu-plugin/) and on the late path (the loader moved aside: forwarded at `init` after
 * WooCommerce and every plugin), next to the sidecar itself, with nginx's direct path off (routing.ts); and what an identity-bound call costs
 * (customerData of a logged-in customer: always the late path). Each row checks which path answered.
 * Target (issue 14): early p50 ≤ 10 ms.
 */
export const earlyPath: BenchCase = {
	name: 'early-path',
	description: 'oct8ne productInfo (5 ids): early path vs late path vs sidecar; customerData (logged-in, late path)',
	async run(ctx) {
		const stack = await ctx.stack();
		const routing = stackRouting(stack, `${stack.wpUrl}${PRODUCT_INFO}`);
		if (routing.missing.early) throw new Error(routing.missing.early);
		const settle = () => new Promise((resolve) => setTimeout(resolve, ctx.budget.durationSec > 0 ? SETTLE_MS : 0));
		const rows: BenchRow[] = [];
		const target = async (label: string, url: string, options: Parameters<typeof measureTarget>[4]) => {
			rows.push(await measureTarget(ctx, this.name, label, url, options));
			await settle();
		};
		try {
			await routing.set({ early: true, direct: false });
			await target('sidecar oct8ne productInfo (5 ids)', `${stack.sidecarUrl}${PRODUCT_INFO}`, {});
			await target('early path oct8ne productInfo (5 ids)', `${stack.wpUrl}${PRODUCT_INFO}`, { check: answeredBy('early') });
			const cookie = await customerCookie(stack.wpUrl);
			await target('late path oct8ne customerData (logged-in customer)', `${stack.wpUrl}${CUSTOMER_DATA}`, { headers: () => ({ cookie }), check: answeredBy('late') });
			await routing.set({ early: false, direct: false });
			await target('late path oct8ne productInfo (5 ids, loader moved aside)', `${stack.wpUrl}${PRODUCT_INFO}`, { check: answeredBy('late') });
		} finally {
			await routing.restore();
		}
		return rows;
	},
};
