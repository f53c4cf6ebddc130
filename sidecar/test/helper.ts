/**
 * Test helper (model: fastify/demo test/helper.ts): `build()` returns a ready app on the shared fixture
 * database for `app.inject`; close it in afterAll. Identity headers are signed here independently of
 * src/lib/signature.ts, as WordPress does, so the tests check the contract rather than our own code.
 */
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/lib/config';
import { HPOS_DATABASE, stackDb, TEST_PREFIX } from './stack';

export const TEST_SECRET = 'test-bridge-secret-0123456789abcdef0123';

export interface BuildOptions {
	/** Environment variables replacing the defaults (database `woo_hpos`, prefix `shop_`, log level silent). */
	env?: Record<string, string>;
	logStream?: DestinationStream;
	/** Registers extra plugins or routes before the app is made ready (e.g. a route under test). */
	register?: (app: FastifyInstance) => void;
}

export function testEnv(env: Record<string, string> = {}): Record<string, string> {
	return { DATABASE_URL: stackDb().url(HPOS_DATABASE), WP_TABLE_PREFIX: TEST_PREFIX, BRIDGE_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', ...env };
}

export async function build(options: BuildOptions = {}): Promise<FastifyInstance> {
	const app = buildApp(loadConfig(testEnv(options.env)), { logStream: options.logStream });
	options.register?.(app);
	await app.ready();
	return app;
}

export interface SignedIdentity {
	user: number;
	session?: string;
	/** Unix seconds; now by default. */
	time?: number;
	secret?: string;
}

/** The four X-Commerce-Bridge-* headers WordPress adds when it forwards `method url`. */
export function identityHeaders(method: string, url: string, identity: SignedIdentity): Record<string, string> {
	const time = String(identity.time ?? Math.floor(Date.now() / 1000));
	const session = identity.session ?? '';
	const payload = `${identity.user}\n${session}\n${time}\n${method.toUpperCase()}\n${url}`;
	return {
		'x-commerce-bridge-user': String(identity.user),
		'x-commerce-bridge-session': session,
		'x-commerce-bridge-time': time,
		'x-commerce-bridge-signature': createHmac('sha256', identity.secret ?? TEST_SECRET).update(payload).digest('hex'),
	};
}

/** Collects log lines (JSON) written by an app built with `logStream`. */
export function logCapture(): { stream: DestinationStream; text(): string } {
	const lines: string[] = [];
	return { stream: { write: (line: string) => void lines.push(line) }, text: () => lines.join('') };
}
