import type { FastifyPluginAsync } from 'fastify';

/**
 * What each vendor folder's `index.ts` hands the app (app.ts). Every vendor has the same file roles:
 * `index.ts` (this module: its repositories and its routes plugin, which registers `autohooks.ts` first and
 * then one plugin per route family), `autohooks.ts` (its gate, a fastify-plugin adding one hook),
 * `schemas.ts` (zod query and answer schemas), `mappers.ts` (WooCommerce data to the vendor's shapes).
 */
export interface VendorModule {
	/** fastify-plugins decorating the app with the vendor's own repositories; registered after the WooCommerce ones. */
	repositories: FastifyPluginAsync[];
	/** The vendor's routes: an encapsulated plugin. */
	routes: FastifyPluginAsync;
	/** Set when every route of the vendor lives under it (its error and 404 answers then keep the vendor's format). */
	prefix?: string;
}
