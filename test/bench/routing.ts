import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stack } from '../stack/stack';

/**
 * Switches the bench stack between the ways a vendor call reaches the sidecar through the store's URL,
 * so one stack measures them all: the early path is the must-use loader the plugin installs on
 * activation (plugin/src/Install/EarlyLoader.php), the direct path is the nginx file the stack includes
 * (test/stack/web.ts renders plugin/server-config/nginx.conf). Off means: the loader moved aside, the
 * include emptied and nginx reloaded. `restore()` puts both back as the stack started.
 */
export interface Routing {
	/** Why a path cannot be switched on on this stack, '' when it can. */
	missing: { early: string; direct: string };
	/** Whether this checkout ships the path at all (before it does, a missing path is no failure). */
	shipped: { early: boolean; direct: boolean };
	set(state: { early: boolean; direct: boolean }): Promise<void>;
	restore(): Promise<void>;
}

const LOADER = 'commerce-bridge-early.php';
const DIRECT_CONF = 'nginx-direct-path.conf';
const PLUGIN = join(__dirname, '..', '..', 'plugin');

function nginxReload(stack: Stack): void {
	const args = ['-c', join(stack.dir, 'nginx.conf'), '-p', `${stack.dir}/`, '-e', join(stack.dir, 'nginx-error.log'), '-s', 'reload'];
	const result = spawnSync('nginx', args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`nginx -s reload failed: ${result.stderr || result.error?.message}`);
}

/**
 * Waits until nginx's new workers answer as wanted: a reload returns before they take over. `probe`
 * answers whether the direct path answered a request just now.
 */
async function until(wanted: boolean, probe: () => Promise<boolean>): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if ((await probe().catch(() => !wanted)) === wanted) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nginx did not switch the direct path ${wanted ? 'on' : 'off'} within 10 s`);
}

/** @param probeUrl A direct-path URL on the store (answers with x-commerce-bridge-direct when direct). */
export function stackRouting(stack: Stack, probeUrl: string): Routing {
	const loader = join(stack.wpRoot, 'wp-content', 'mu-plugins', LOADER);
	const loaderOff = `${loader}.bench-off`;
	const conf = join(stack.dir, DIRECT_CONF);
	const directConf = existsSync(conf) ? readFileSync(conf, 'utf8') : '';
	const missing = {
		early: existsSync(loader) ? '' : `this stack has no early loader (${LOADER} not in mu-plugins)`,
		direct: directConf.trim() ? '' : `this stack's nginx has no direct path (${DIRECT_CONF})`,
	};
	const state = { early: !missing.early, direct: !missing.direct };
	const directAnswers = async () => {
		const response = await fetch(probeUrl);
		await response.arrayBuffer();
		return response.headers.get('x-commerce-bridge-direct') === '1';
	};

	const set = async (wanted: { early: boolean; direct: boolean }) => {
		if (wanted.early !== state.early && !missing.early) {
			renameSync(wanted.early ? loaderOff : loader, wanted.early ? loader : loaderOff);
			state.early = wanted.early;
		}
		if (wanted.direct !== state.direct && !missing.direct) {
			writeFileSync(conf, wanted.direct ? directConf : '');
			nginxReload(stack);
			await until(wanted.direct, directAnswers);
			state.direct = wanted.direct;
		}
	};
	const shipped = { early: existsSync(join(PLUGIN, 'mu-plugin', LOADER)), direct: existsSync(join(PLUGIN, 'server-config', 'nginx.conf')) };
	return { missing, shipped, set, restore: () => set({ early: !missing.early, direct: !missing.direct }) };
}
