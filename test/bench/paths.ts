/**
 * The path dimension of the comparison: the ways one vendor question can be answered on the same store.
 * `cases/comparison.ts` asks every call of `calls.ts` along every path here, in this order, and the
 * report prints the speed-up of each over the baseline. A new way to answer is a new entry here plus its
 * routing switch in `routing.ts`; the measurement code stays as it is.
 */
export type PathName = 'baseline' | 'wordpress' | 'early' | 'direct' | 'sidecar';

export interface PathInfo {
	name: PathName;
	description: string;
	/**
	 * What the answer's headers must show for this path to have answered (plugin/src/Proxy/Relay.php
	 * names the PHP path in x-commerce-bridge-path, the sidecar marks direct answers with
	 * x-commerce-bridge-direct); '' when they do.
	 */
	answeredBy(headers: Headers, identityBound: boolean): string;
}

const PHP_PATH = 'x-commerce-bridge-path';
const DIRECT = 'x-commerce-bridge-direct';

/** The PHP path that answered, when the plugin names it, and whether the web server skipped PHP. */
function seen(headers: Headers): string {
	return `${PHP_PATH}: ${headers.get(PHP_PATH) ?? '(none)'}, ${DIRECT}: ${headers.get(DIRECT) ?? '(none)'}`;
}

function expect(ok: boolean, headers: Headers, wanted: string): string {
	return ok ? '' : `answered by another path than ${wanted} (${seen(headers)})`;
}

export const PATHS: PathInfo[] = [
	{
		name: 'baseline',
		description: "WooCommerce's own Store API answering the same question through the store's URL",
		answeredBy: () => '',
	},
	{
		name: 'wordpress',
		description: "Commerce Bridge through the store's URL, forwarded after WordPress, WooCommerce and every plugin booted",
		answeredBy: (h) => expect(h.get(PHP_PATH) === 'late', h, 'the late WordPress path'),
	},
	{
		name: 'early',
		description: "Commerce Bridge through the store's URL, forwarded by the must-use loader before WooCommerce loads",
		// Identity-bound calls wait for WordPress's user: WordPress's proxy answers them on a later path.
		answeredBy: (h, identityBound) => expect(identityBound ? h.has(PHP_PATH) : h.get(PHP_PATH) === 'early', h, 'the early path'),
	},
	{
		name: 'direct',
		description: "Commerce Bridge through the store's URL, sent by nginx straight to the sidecar (plugin/server-config/nginx.conf)",
		// The web server hands identity-bound calls to WordPress, which signs the identity.
		answeredBy: (h, identityBound) => expect(identityBound ? h.has(PHP_PATH) : h.get(DIRECT) === '1', h, 'the direct path'),
	},
	{
		name: 'sidecar',
		description: "the sidecar's own port, with the identity headers WordPress signs",
		answeredBy: () => '',
	},
];
