/** Boots the sidecar: validated config, app, listen, graceful shutdown. Nothing else belongs here. */
import { buildApp } from './app';
import { ConfigError, loadConfig } from './lib/config';

function readConfig() {
	try {
		return loadConfig(process.env);
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
}

async function main(): Promise<void> {
	const config = readConfig();
	const app = buildApp(config);
	let stopping = false;
	const stop = (signal: NodeJS.Signals) => {
		if (stopping) {
			app.log.warn({ signal }, 'second signal: forcing exit');
			process.exit(1);
		}
		stopping = true;
		app.log.info({ signal }, 'shutting down');
		app.close().then(
			() => process.exit(0),
			(err: unknown) => {
				app.log.error({ err }, 'error while closing');
				process.exit(1);
			},
		);
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	await app.listen({ host: config.host, port: config.port });
}

main().catch((err: unknown) => {
	process.stderr.write(`sidecar failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
	process.exit(1);
});
