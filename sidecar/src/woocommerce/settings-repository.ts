import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { tryPhpUnserialize, type PhpMap } from './php-unserialize';
import { ttlCache } from '../lib/ttl-cache';
import { settingsSchemas, type Settings, type SettingsName } from '../vendors/settings';
import { readOptions } from './options';

/** WordPress is the only writer of settings; 2 s keeps an admin change visible within 5 s. */
export const SETTINGS_TTL_MS = 2000;

type AllSettings = { [N in SettingsName]: Settings<N> };

export interface SettingsRepository {
	get<N extends SettingsName>(name: N): Promise<Settings<N>>;
}

declare module 'fastify' {
	interface FastifyInstance {
		settingsRepository: SettingsRepository;
	}
}

const NAMES = Object.keys(settingsSchemas) as SettingsName[];

/**
 * The plugin keeps a vendor's secrets (tokens, shop secret) in `commerce_bridge_<vendor>_secrets`, which is
 * not autoloaded, and the rest in `commerce_bridge_<vendor>`. A site not yet upgraded (or an older plugin
 * after a downgrade) still writes them into the latter, so a key present there wins, as in the plugin.
 */
const optionName = (name: SettingsName) => `commerce_bridge_${name}`;
const secretsOptionName = (name: SettingsName) => `commerce_bridge_${name}_secrets`;

function createRepository(fastify: FastifyInstance): SettingsRepository {
	const load = ttlCache(async (): Promise<AllSettings> => {
		const options = await readOptions(fastify.mysql.read, fastify.config.tablePrefix, NAMES.flatMap((n) => [optionName(n), secretsOptionName(n)]));
		const entries = NAMES.map((name) => {
			const merged = { ...decode(fastify, secretsOptionName(name), options.get(secretsOptionName(name))), ...decode(fastify, optionName(name), options.get(optionName(name))) };
			return [name, settingsSchemas[name].parse(merged)];
		});
		return Object.fromEntries(entries) as AllSettings;
	}, SETTINGS_TTL_MS);
	return {
		get: async (name) => (await load())[name],
	};
}

/** Missing option → defaults; an unreadable one is logged (by name only: values may hold secrets). */
function decode(fastify: FastifyInstance, option: string, raw: string | undefined): PhpMap {
	if (raw === undefined) return {};
	const value = tryPhpUnserialize(raw);
	if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
		fastify.log.warn({ option }, 'settings option is not a serialized array; using defaults');
		return {};
	}
	return value;
}

export default fp(
	async (fastify) => {
		fastify.decorate('settingsRepository', createRepository(fastify));
	},
	{ name: 'settings-repository', dependencies: ['config', 'mysql'] },
);
