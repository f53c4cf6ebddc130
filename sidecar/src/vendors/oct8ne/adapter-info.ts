import type { FastifyInstance } from 'fastify';
import { SIDECAR_VERSION } from '../../lib/version';
import { method } from './method';
import { adapterInfoSchema, emptyQuerySchema } from './schemas';

export function adapterInfoMethod(fastify: FastifyInstance) {
	return {
		getadapterinfo: method(emptyQuerySchema, adapterInfoSchema, async () => {
			const [facts, settings] = await Promise.all([fastify.storeRepository.get(), fastify.settingsRepository.get('oct8ne')]);
			return {
				platform: facts.wooCommerceVersion ? `WooCommerce ${facts.wooCommerceVersion}` : 'WooCommerce',
				adapterName: 'Commerce Bridge oct8ne adapter for WooCommerce',
				adapterVersion: SIDECAR_VERSION,
				developedBy: 'Commerce Bridge',
				supportUrl: '',
				apiVersion: '2.4',
				enabled: settings.enabled,
			} as const;
		}, { whileDisabled: true }),
	};
}
