import type { BenchCase } from '../case';
import { measureTarget } from '../target';

/** The identity route through WordPress: compare with sidecar-core (route cost) and wordpress-baseline (WP cost). */
export const proxyIdentity: BenchCase = {
	name: 'proxy-identity',
	description: 'GET <wpUrl>/commerce-bridge/core/identity through the WordPress proxy (guest)',
	async run(ctx) {
		const { wpUrl } = await ctx.stack();
		return [await measureTarget(ctx, this.name, 'WP proxy GET /commerce-bridge/core/identity', `${wpUrl}/commerce-bridge/core/identity`)];
	},
};
