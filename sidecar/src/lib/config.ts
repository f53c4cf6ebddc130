import { configSchema, type Config } from './config-schema';

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Validates the environment; throws a ConfigError listing every problem (values are never echoed). */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const result = configSchema.safeParse(env);
	if (result.success) return result.data;
	throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
}
