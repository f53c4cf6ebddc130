import fp from 'fastify-plugin';
import type { Config } from '../lib/config-schema';

declare module 'fastify' {
	interface FastifyInstance {
		config: Config;
	}
}

/** Exposes the already validated configuration (see lib/config.ts) as the typed `config` decorator. */
export default fp<{ config: Config }>(
	async (fastify, opts) => {
		fastify.decorate('config', opts.config);
	},
	{ name: 'config' },
);
