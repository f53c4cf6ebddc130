/**
 * `npm run test:php`: PHPUnit against real WordPress 6.8.2 + WooCommerce 10.1.0 and a real MariaDB holding
 * the fixture store under the non-default prefix `phpt_` (catches hard-coded `wp_`). The plugin's bootstrap
 * loads `$WP_ROOT/wp-load.php`. Streams PHPUnit's output, exits with its code, always stops the database.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { handleSignals } from '../stack/signals';
import { StackBusyError, startStack, type Stack, type StackOptions } from '../stack/stack';
import { REPO_ROOT } from '../stack/wordpress';

/** `.stack/php-tests`, or a numbered sibling when another run holds it. */
async function startInFreeSlot(options: Omit<StackOptions, 'dir'>): Promise<Stack> {
	for (let slot = 0; ; slot++) {
		try {
			return await startStack({ ...options, dir: join(REPO_ROOT, '.stack', slot === 0 ? 'php-tests' : `php-tests-${slot}`) });
		} catch (error) {
			if (!(error instanceof StackBusyError) || slot === 3) throw error;
		}
	}
}

async function main(): Promise<number> {
	let stack: Stack | undefined;
	// PHPUnit gets Ctrl-C itself; we only have to outlive it to stop the database.
	const signal = handleSignals(() => undefined);
	try {
		stack = await startInFreeSlot({ prefix: 'phpt_', webServers: false, signal });
		const wpRoot = stack.wpRoot;
		return await new Promise<number>((resolve, reject) => {
			const phpunit = spawn('phpunit', ['-c', join(REPO_ROOT, 'plugin', 'phpunit.xml.dist'), ...process.argv.slice(2)], {
				cwd: REPO_ROOT,
				stdio: 'inherit',
				env: { ...process.env, WP_ROOT: wpRoot, WP_TABLE_PREFIX: stack?.prefix },
			});
			phpunit.on('error', reject);
			phpunit.on('close', (code) => resolve(code ?? 1));
		});
	} finally {
		await stack?.stop();
	}
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`PHP tests could not run: ${error.message}`);
		process.exit(1);
	},
);
