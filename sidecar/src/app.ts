/**
 * Composes the sidecar: plugins first, then routes, each from an explicit list (no directory scanning).
 *
 * Layout
 * - `woocommerce/`: every SQL statement against WooCommerce and WordPress tables (catalogue, orders in HPOS and
 *   posts, customers, sessions, options, store facts, tax rates, settings, paged feeds), in folders per fact.
 * - `vendors/<vendor>/`: one home per vendor: `index.ts` (its routes), `autohooks.ts` (its gate), `schemas.ts`,
 *   mappers, route families, and only that vendor's own tables.
 * - `core-routes/` (health, identity, shopper), `database/` (the mysql plugin: primary, replicas, the gate),
 *   `plugins/` (config, identity, direct path, token budget, error handlers), `lib/` (generic helpers),
 *   `search/` (the in-memory product search index).
 *
 * Extension points
 * - Repository: a named fastify-plugin (`fp(fn, { name: '<name>-repository', dependencies: ['config', 'mysql'] })`)
 *   that decorates `fastify.<name>Repository` with plain async functions and declares the decorator type with
 *   `declare module 'fastify'`. It owns its SQL (`fastify.mysql.pool` or `.read`, `?` placeholders, table
 *   prefix from `fastify.config.tablePrefix`); shared reads such as `readOptions()` live beside it.
 *   A WooCommerce one goes into `repositories` below, a vendor's own into its `index.ts`.
 * - Vendor: `vendors/<vendor>/index.ts` default-exports a VendorModule (vendors/vendor-module.ts): its own
 *   repositories and its routes, an encapsulated plugin that registers `autohooks.ts` (a fastify-plugin adding
 *   the vendor's gate hook) and then one plugin per route family, with zod `querystring` and `response`
 *   schemas from `schemas.ts`; append it to `vendors` below.
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
import mysqlPlugin from './database/mysql';
import tokenAttemptsPlugin from './plugins/token-attempts';
import customersRepository from './woocommerce/customers/customers-repository';
import catalogFeedRepository from './woocommerce/feeds/catalog-feed-repository';
import customerFeedRepository from './woocommerce/feeds/customer-feed-repository';
import orderFeedRepository from './woocommerce/feeds/order-feed-repository';
import ordersRepository from './woocommerce/orders/orders-repository';
import productDetailsRepository from './woocommerce/catalog/product-details-repository';
import productsRepository from './woocommerce/catalog/products-repository';
import sessionsRepository from './woocommerce/sessions/sessions-repository';
import settingsRepository from './woocommerce/settings-repository';
import storeRepository from './woocommerce/store/store-repository';
import coreRoutes from './core-routes';
import bambuser from './vendors/bambuser';
import belco from './vendors/belco';
import loymax from './vendors/loymax';
import oct8ne from './vendors/oct8ne';
import type { VendorModule } from './vendors/vendor-module';
import type { Config } from './lib/config-schema';

/** The WooCommerce repositories, in dependency order. */
const repositories: FastifyPluginAsync[] = [settingsRepository, storeRepository, sessionsRepository, ordersRepository, customersRepository,
	productsRepository, productDetailsRepository, catalogFeedRepository, customerFeedRepository, orderFeedRepository];

/** Each vendor's own repositories come after the WooCommerce ones; its routes after every repository. */
const vendors: VendorModule[] = [belco, oct8ne, loymax, bambuser];

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
	for (const repository of [...repositories, ...vendors.flatMap((vendor) => vendor.repositories)]) void app.register(repository);
	void app.register(coreRoutes);
	for (const vendor of vendors) void app.register(vendor.routes, { prefix: vendor.prefix });
	return app;
}
