import type { BenchCase } from '../case';
import { signedHeaders } from '../signed';
import { measureTarget } from '../target';

const IDENTITY = '/commerce-bridge/core/identity';

/** The sidecar on its own: health (one DB ping) and the identity route with a valid signature. */
export const sidecarCore: BenchCase = {
	name: 'sidecar-core',
	description: 'sidecar direct: GET /health and a signed GET /commerce-bridge/core/identity',
	async run(ctx) {
		const { sidecarUrl, secret } = await ctx.stack();
		return [
			await measureTarget(ctx, this.name, 'sidecar GET /health', `${sidecarUrl}/health`),
			await measureTarget(ctx, this.name, `sidecar GET ${IDENTITY} (signed)`, `${sidecarUrl}${IDENTITY}`, { headers: () => signedHeaders(secret, 'GET', IDENTITY) }),
		];
	},
};
