import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startService, waitFor, type Service } from './processes';
import { REPO_ROOT } from './wordpress';

export const SIDECAR_ENTRY = join(REPO_ROOT, 'sidecar', 'dist', 'server.js');

export interface SidecarOptions {
	databaseUrl: string;
	prefix: string;
	port: number;
	secret: string;
	logFile: string;
	/** Written so a later start can stop a sidecar a crashed run left behind. */
	pidFile: string;
}

/** Starts the built sidecar on 127.0.0.1:port and waits until `GET /health` answers 200. */
export async function startSidecar(options: SidecarOptions): Promise<Service> {
	if (!existsSync(SIDECAR_ENTRY)) throw new Error(`${SIDECAR_ENTRY} is missing: run npm run build`);
	const service = startService('sidecar', process.execPath, [SIDECAR_ENTRY], options.logFile, {
		cwd: REPO_ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			DATABASE_URL: options.databaseUrl,
			WP_TABLE_PREFIX: options.prefix,
			HOST: '127.0.0.1',
			PORT: String(options.port),
			BRIDGE_SECRET: options.secret,
		},
	});
	writeFileSync(options.pidFile, String(service.child.pid));
	try {
		await waitFor('sidecar /health', async () => (await fetch(`http://127.0.0.1:${options.port}/health`)).ok, 20000, service);
	} catch (error) {
		await service.stop();
		throw error;
	}
	return { ...service, stop: () => service.stop().then(() => rmSync(options.pidFile, { force: true })) };
}
