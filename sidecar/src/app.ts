/**
 * Composes the sidecar: plugins first, then routes, each from an explicit list (no directory scanning).
 *
 * Extension points
 * - Repository: add `src/repositories/<name>-repository.ts` — a named fastify-plugin
 *   (`fp(fn, { name: '<name>-repository', dependencies: ['config', 'mysql'] })`) that decorates
 *   `fastify.<name>Repository` with plain async functions and declares the decorator type with
 *   `declare module 'fastify'`. It owns every SQL statement (`fastify.mysql.pool`, `?` placeholders,
 *   table prefix from `fastify.config.tablePrefix`); shared reads such as `readOptions()` live beside it.
 *   Append it to `repositories` below. Settings, store facts and sessions are already there.
 * - Vendor routes: add `src/routes/<vendor>/index.ts` (an ordinary, encapsulated plugin) that first
 *   registers its `autohooks.ts` (the vendor's auth as an onRequest/preHandler hook) and then its routes
 *   with zod `querystring` and `response` schemas; append `{ plugin, prefix }` to `routes` below.
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
import catalogFeedRepository from './repositories/catalog-feed-repository';
import customerFeedRepository from './repositories/customer-feed-repository';
import customersRepository from './repositories/customers-repository';
import oct8neSalesRepository from './repositories/oct8ne-sales-repository';
import orderFeedRepository from './repositories/order-feed-repository';
import ordersRepository from './repositories/orders-repository';
import productDetailsRepository from './repositories/product-details-repository';
import productsRepository from './repositories/products-repository';
import sessionsRepository from './repositories/sessions-repository';
import settingsRepository from './repositories/settings-repository';
import storeRepository from './repositories/store-repository';
import wishlistRepository from './repositories/wishlist-repository';
import bambuserRoutes from './routes/bambuser';
import belcoRoutes from './routes/belco';
import coreRoutes from './routes/core';
import loymaxRoutes from './routes/loymax';
import oct8neRoutes from './routes/oct8ne';
import type { Config } from './schemas/config';

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
