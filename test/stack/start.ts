/**
 * `npm start`: the local demo under `.stack/demo/`, a real WooCommerce shop with every vendor enabled.
 * Ensures Debian packages and a fresh build, starts the stack (see stack.ts), prints its URLs and stays
 * in the foreground; Ctrl-C or SIGTERM stops everything. The store's database survives restarts;
 * `npm start -- --reset` reloads the fixture. A second `npm start` while one runs only prints the URLs.
 */
import { join } from 'node:path';
import { ensureBuilt } from './build';
import { liveLock, type LockInfo } from './lock';
import { WOOCOMMERCE_VERSION, WORDPRESS_VERSION } from './archives';
import { ensurePackages } from './packages';
import { handleSignals } from './signals';
import { ADMIN_PASSWORD, ADMIN_USER, StackBusyError, startStack, type Stack } from './stack';
import { CUSTOMER_PASSWORD, CUSTOMER_USER, REPO_ROOT } from './wordpress';

const DIR = join(REPO_ROOT, '.stack', 'demo');

function printUrls(info: Omit<LockInfo, 'pid'>): void {
	console.log(`  Storefront:   ${info.wpUrl}/
  Product page: ${info.wpUrl}/product/hoodie/
  Cart:         ${info.wpUrl}/cart/
  wp-admin:     ${info.adminUrl}  (login ${ADMIN_USER} / ${ADMIN_PASSWORD})
  Customer:     ${info.wpUrl}/my-account/  (login ${CUSTOMER_USER} / ${CUSTOMER_PASSWORD}: orders and a saved cart)
  Settings:     ${info.adminUrl}admin.php?page=commerce-bridge
  Sidecar:      ${info.sidecarUrl}`);
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
	const reset = process.argv.includes('--reset');
	try {
		stack = await startStack({ dir: DIR, signal, persistent: true, reset, demoVendors: true });
	} catch (error) {
		if (error instanceof StackBusyError) return alreadyRunning(error.info);
		if (signal.aborted) process.exit(130);
		throw error;
	}
	console.log(`Commerce Bridge demo is up in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
	printUrls(stack);
	console.log(`  WordPress ${WORDPRESS_VERSION}, WooCommerce ${WOOCOMMERCE_VERSION}; ${reset ? 'fixture store reloaded' : 'changes are kept across restarts (npm start -- --reset reloads the fixture)'}.`);
	console.log(`  Logs: ${DIR}/*.log   Ctrl-C stops everything.`);
}

main().catch((error: Error) => {
	console.error(`npm start failed: ${error.message}`);
	process.exit(1);
});
