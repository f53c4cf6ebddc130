import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { installErrorHandlers } from '../../plugins/error-handler';
import type { VendorModule } from '../vendor-module';
import { adapterInfoMethod } from './adapter-info';
import auth from './autohooks';
import { customerMethods } from './customer';
import frame from './frame';
import { sendOct8ne } from './jsonp';
import type { Oct8neMethod } from './method';
import { orderMethods } from './orders';
import { productMethods } from './products';
import salesRepository from './sales-repository';
import wishlistRepository from './wishlist-repository';

/**
 * oct8ne adapter API 2.4 at `/oct8ne/frame/<method>`. The method name is case-insensitive, so one route
 * (frame.ts) dispatches on the lower-cased name to a table of methods, each with its own zod query and
 * answer schema. The table is a Map: a name like `constructor` or `__proto__` must find nothing, not a
 * property of Object.prototype. Route families (products, customer, orders, adapter info) each add
 * their methods to it.
 */
const routes: FastifyPluginAsync = async (fastify) => {
	const methods = new Map<string, Oct8neMethod>(Object.entries({
		...productMethods(fastify), ...customerMethods(fastify), ...orderMethods(fastify), ...adapterInfoMethod(fastify),
	}));
	const resolve = (request: FastifyRequest) => methods.get(String((request.params as { method?: string }).method ?? '').toLowerCase());

	// Errors keep the core policy but are written as JSONP when the callback is valid.
	installErrorHandlers(fastify, (request, reply, status, body) => void sendOct8ne(request, reply, body, status));
	await fastify.register(auth, { resolve });
	await fastify.register(frame, { resolve });
};

const oct8ne: VendorModule = { repositories: [salesRepository, wishlistRepository], routes };

export default oct8ne;
