import type { BenchCase } from '../case';
import { measureTarget } from '../target';

/** What any request to this WordPress costs, so the proxy figures below have a reference. */
export const wordpressBaseline: BenchCase = {
	name: 'wordpress-baseline',
	description: 'bare WordPress: the front page (theme render) and an unknown URL (full bootstrap, 404 template)',
	async run(ctx) {
		const { wpUrl } = await ctx.stack();
		return [
			await measureTarget(ctx, this.name, 'GET / (front page)', `${wpUrl}/`),
			await measureTarget(ctx, this.name, 'GET /bench-missing-page/ (WP 404)', `${wpUrl}/bench-missing-page/`, { expectStatus: 404, notes: 'non-2xx by design' }),
		];
	},
};
