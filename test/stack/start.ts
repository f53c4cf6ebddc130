/**
 * `npm start`: the local demo under `.stack/demo/`. Ensures Debian packages and a fresh build, starts
 * the stack (see stack.ts), prints its URLs and stays in the foreground; Ctrl-C stops everything.
 * A second `npm start` while one runs only prints the running demo's URLs.
 */
import { join } from 'node:path';
import { ensureBuilt } from './build';
import { liveLock, type LockInfo } from './lock';
import { ensurePackages } from './packages';
import { handleSignals } from './signals';
import { ADMIN_PASSWORD, ADMIN_USER, StackBusyError, startStack, type Stack } from './stack';
import { REPO_ROOT } from './wordpress';

const DIR = join(REPO_ROOT, '.stack', 'demo');

function printUrls(info: Omit<LockInfo, 'pid'>): void {
	console.log(`  Storefront: ${info.wpUrl}
  wp-admin:   ${info.adminUrl}  (login ${ADMIN_USER} / ${ADMIN_PASSWORD})
  Sidecar:    ${info.sidecarUrl}`);
}

/** wordpress.org answers within 3 s, or we are offline (the usual case here). */
async function wordpressOrgReachable(): Promise<boolean> {
	try {
		await fetch('https://downloads.wordpress.org/', { method: 'HEAD', signal: AbortSignal.timeout(3000) });
		return true;
	} catch {
		return false;
	}
}

function alreadyRunning(info: LockInfo): void {
	console.log(`The demo is already running (pid ${info.pid}); nothing was touched.`);
	printUrls(info);
}

async function main(): Promise<void> {
	const running = liveLock(DIR);
	if (running) return alreadyRunning(running);
	ensurePackages('server');
	ensureBuilt();

	let stack: Stack | undefined;
	const signal = handleSignals(async () => {
		if (!stack) return; // startStack stops what it started when it sees the abort.
		console.log('\nStopping the demo…');
		await stack.stop();
		process.exit(0);
	});

	const started = performance.now();
	const online = wordpressOrgReachable();
	try {
		stack = await startStack({ dir: DIR, signal });
	} catch (error) {
		if (error instanceof StackBusyError) return alreadyRunning(error.info);
		if (signal.aborted) process.exit(130);
		throw error;
	}
	console.log(`Commerce Bridge demo is up in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
	printUrls(stack);
	console.log(await online
		? '  WooCommerce: not installed — this stack does not download it; the demo runs without it.'
		: '  WooCommerce: absent (wordpress.org is unreachable, so it cannot be installed); the demo runs without it.');
	console.log(`  Logs: ${DIR}/*.log   Ctrl-C stops everything.`);
}

main().catch((error: Error) => {
	console.error(`npm start failed: ${error.message}`);
	process.exit(1);
});
