import type { FastifyPluginAsync } from 'fastify';
import { installErrorHandlers } from '../../plugins/error-handler';
import { installFeedTokenGuard } from './auth';
import { categoriesFeed } from './categories';
import { customersFeed } from './customers';
import { ordersFeed } from './orders';
import { productsFeed } from './products';

/**
 * Loymax SmartCom data feeds (issue 5): the category classifier, product directory, customers and
 * orders under the same ids the tracker sends, in Loymax's JSON:API conventions. Registered with the
 * prefix `/commerce-bridge/loymax`; every route is behind the feed token.
 */
const loymaxRoutes: FastifyPluginAsync = async (fastify) => {
	installErrorHandlers(fastify);
	installFeedTokenGuard(fastify);
	categoriesFeed(fastify);
	productsFeed(fastify);
	customersFeed(fastify);
	ordersFeed(fastify);
};

export default loymaxRoutes;
