import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { method } from './method';
import { adapterInfoSchema, emptyQuerySchema } from './schemas';

/** The repository's package.json (same depth from src/ and dist/): its version is the adapter's. */
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

export function adapterInfoMethod(fastify: FastifyInstance) {
	return {
		getadapterinfo: method(emptyQuerySchema, adapterInfoSchema, async () => {
			const [facts, settings] = await Promise.all([fastify.storeRepository.get(), fastify.settingsRepository.get('oct8ne')]);
			return {
				platform: facts.wooCommerceVersion ? `WooCommerce ${facts.wooCommerceVersion}` : 'WooCommerce',
				adapterName: 'Commerce Bridge oct8ne adapter for WooCommerce',
				adapterVersion: VERSION,
				developedBy: 'Commerce Bridge',
				supportUrl: '',
				apiVersion: '2.4',
				enabled: settings.enabled,
			} as const;
		}, { whileDisabled: true }),
	};
}
