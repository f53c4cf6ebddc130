/**
 * Composes the sidecar: plugins first, then routes, each from an explicit list (no directory scanning).
 *
 * Layout
 * - `woocommerce/`: every SQL statement against WooCommerce and WordPress tables (catalogue, orders in HPOS and
 *   posts, customers, sessions, options, store facts, tax rates, settings), in folders per fact.
 * - `vendors/<vendor>/`: one home per vendor: `index.ts` (its routes), `auth.ts` (its gate), `schemas.ts`,
 *   mappers, route families, and only that vendor's own tables.
 * - `core-routes/` (health, identity, shopper), `plugins/` (config, database, identity, direct path, token
 *   budget, error handlers), `lib/` (generic helpers), `search/` (the in-memory product search index).
 *
 * Extension points
 * - Repository: a named fastify-plugin (`fp(fn, { name: '<name>-repository', dependencies: ['config', 'mysql'] })`)
 *   that decorates `fastify.<name>Repository` with plain async functions and declares the decorator type with
 *   `declare module 'fastify'`. It owns its SQL (`fastify.mysql.pool` or `.read`, `?` placeholders, table
 *   prefix from `fastify.config.tablePrefix`); shared reads such as `readOptions()` live beside it.
 *   Append it to `repositories` below.
 * - Vendor routes: add `vendors/<vendor>/index.ts` (an ordinary, encapsulated plugin) that first registers its
 *   `auth.ts` (the vendor's gate as an onRequest/preHandler hook) and then its routes with zod `querystring`
 *   and `response` schemas; append `{ plugin, prefix }` to `routes` below.
 *   Error format: error and not-found handlers are encapsulated, so a vendor that needs another shape
 *   (oct8ne's JSONP) calls `installErrorHandlers(fastify, itsSender)` inside its own plugin; the status
 *   mapping and 5xx logging stay the same (plugins/error-handler.ts). Its 404s follow only when the folder
 *   is registered with a `prefix` (Fastify allows one not-found handler per prefix).
 * - Tests: `build()` in test/helper.ts returns a ready app on the shared fixture database (prefix `shop_`,
 *   HPOS or posts); `privateDatabase()` gives a test that writes its own fresh copy.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { loggerOptions } from './lib/logging';
import configPlugin from './plugins/config';
import directPathPlugin from './plugins/direct-path';
import { createErrorHandler, createNotFoundHandler } from './plugins/error-handler';
import identityPlugin from './plugins/identity';
import mysqlPlugin from './plugins/mysql';
import tokenAttemptsPlugin from './plugins/token-attempts';
import catalogFeedRepository from './vendors/loymax/catalog-feed-repository';
import customerFeedRepository from './vendors/loymax/customer-feed-repository';
import customersRepository from './woocommerce/customers/customers-repository';
import oct8neSalesRepository from './vendors/oct8ne/sales-repository';
import orderFeedRepository from './vendors/loymax/order-feed-repository';
import ordersRepository from './woocommerce/orders/orders-repository';
import productDetailsRepository from './vendors/bambuser/product-details-repository';
import productsRepository from './woocommerce/catalog/products-repository';
import sessionsRepository from './woocommerce/sessions/sessions-repository';
import settingsRepository from './woocommerce/settings-repository';
import storeRepository from './woocommerce/store/store-repository';
import wishlistRepository from './vendors/oct8ne/wishlist-repository';
import bambuserRoutes from './vendors/bambuser';
import belcoRoutes from './vendors/belco';
import coreRoutes from './core-routes';
import loymaxRoutes from './vendors/loymax';
import oct8neRoutes from './vendors/oct8ne';
import type { Config } from './lib/config-schema';

const repositories: FastifyPluginAsync[] = [settingsRepository, storeRepository, sessionsRepository, ordersRepository, customersRepository,
	productsRepository, wishlistRepository, oct8neSalesRepository,
	catalogFeedRepository, customerFeedRepository, orderFeedRepository, productDetailsRepository];

const routes: Array<{ plugin: FastifyPluginAsync; prefix?: string }> = [{ plugin: coreRoutes }, { plugin: belcoRoutes }, { plugin: oct8neRoutes },
	{ plugin: loymaxRoutes, prefix: '/commerce-bridge/loymax' }, { plugin: bambuserRoutes, prefix: '/commerce-bridge/bambuser' }];

export interface AppOptions {
	/** Where log lines go (tests capture them); stdout by default. */
	logStream?: DestinationStream;
}

export function buildApp(config: Config, options: AppOptions = {}): FastifyInstance {
	const app = Fastify({
		logger: loggerOptions(config.logLevel, options.logStream),
		// The WordPress rewrites accept an optional trailing slash (docs/architecture.md, proxy paths).
		routerOptions: { ignoreTrailingSlash: true },
		// request.ip is the shopper's or vendor's address, not WordPress's: per-client limits stay per client.
		trustProxy: config.trustedProxies,
	});
	app.setValidatorCompiler(validatorCompiler);
	app.setSerializerCompiler(serializerCompiler);
	app.setErrorHandler(createErrorHandler());
	app.setNotFoundHandler(createNotFoundHandler());

	void app.register(configPlugin, { config });
	void app.register(mysqlPlugin);
	// Before identity: a request that came by the web server's direct path loses its identity headers first.
	void app.register(directPathPlugin);
	void app.register(identityPlugin);
	void app.register(tokenAttemptsPlugin);
	for (const repository of repositories) void app.register(repository);
	for (const route of routes) void app.register(route.plugin, { prefix: route.prefix });
	return app;
}
