import { z } from 'zod';

function isMysqlUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'mysql:' && url.hostname !== '' && url.pathname.length > 1;
	} catch {
		return false;
	}
}

const list = (value: string) => value.split(',').map((entry) => entry.trim()).filter(Boolean);

/** Environment contract of the sidecar (see docs/architecture.md); turned into the typed `config`. */
export const configSchema = z
	.object({
		DATABASE_URL: z.string({ error: 'is required' }).refine(isMysqlUrl, 'must look like mysql://user:pass@host:port/database'),
		WP_TABLE_PREFIX: z.string().regex(/^[A-Za-z0-9_]+$/, 'must contain only letters, digits and _').default('wp_'),
		HOST: z.string().min(1).default('127.0.0.1'),
		PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(8787),
		BRIDGE_SECRET: z.string({ error: 'is required' }).min(32, 'must be at least 32 characters'),
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
		// WordPress's proxy (and a web server sending vendor paths straight here) put the caller's
		// address in X-Forwarded-For; believed only from these addresses or CIDR ranges.
		TRUSTED_PROXIES: z
			.string()
			.default('127.0.0.1,::1')
			.transform(list)
			.refine((entries) => entries.every((entry) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry)), 'must be a comma-separated list of IP addresses or CIDR ranges'),
		// Read replicas of DATABASE_URL (docs: README, "Read replicas and several sidecars"); none by default.
		DATABASE_REPLICA_URLS: z.string().default('').transform(list)
			.refine((urls) => urls.every(isMysqlUrl), 'must be a comma-separated list of mysql://user:pass@host:port/database URLs'),
		DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).max(86_400).default(5),
		DATABASE_REPLICA_CHECK_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(50).max(60_000).default(1000),
	})
	.transform((env) => ({
		databaseUrl: env.DATABASE_URL,
		tablePrefix: env.WP_TABLE_PREFIX,
		host: env.HOST,
		port: env.PORT,
		bridgeSecret: env.BRIDGE_SECRET,
		logLevel: env.LOG_LEVEL,
		trustedProxies: env.TRUSTED_PROXIES,
		replicas: { urls: env.DATABASE_REPLICA_URLS, maxLagSeconds: env.DATABASE_REPLICA_MAX_LAG_SECONDS, checkMs: env.DATABASE_REPLICA_CHECK_MS },
	}));

export type Config = z.output<typeof configSchema>;
