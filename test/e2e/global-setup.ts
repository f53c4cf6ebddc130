import { chromium, type FullConfig } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USER, StackBusyError, startStack, type Stack } from '../stack/stack';
import { REPO_ROOT } from '../stack/wordpress';
import { ensureClassicPages } from './support/pages';
import { enableEveryVendor } from './support/vendors';
import { openAdmin, saveAdminState } from './support/wordpress';

/** The stack this run started (none when WP_BASE_URL pointed at an existing store); read by the teardown. */
export let startedStack: Stack | undefined;

/** The directory holding this run's admin session; removed by the teardown. */
export let authDir: string | undefined;

/** Puts the vendors' settings back as they were before the run and closes its admin client; for the teardown. */
export let restoreStore: (() => Promise<void>) | undefined;

/** `.stack/e2e`, or a numbered sibling when another run holds it (several runs may share a machine). */
async function startInFreeSlot(): Promise<Stack> {
	for (let slot = 0; ; slot++) {
		try {
			return await startStack({ dir: join(REPO_ROOT, '.stack', slot === 0 ? 'e2e' : `e2e-${slot}`), demoVendors: true });
		} catch (error) {
			if (!(error instanceof StackBusyError) || slot === 3) throw error;
		}
	}
}

/** Logs the admin in once; the path reaches the workers through the environment they inherit. */
async function logInAdmin(config: FullConfig): Promise<void> {
	authDir = await mkdtemp(join(tmpdir(), 'commerce-bridge-e2e-'));
	process.env.E2E_ADMIN_STATE = join(authDir, 'admin.json');
	const browser = await chromium.launch(config.projects[0]?.use.launchOptions);
	try {
		await saveAdminState(browser, process.env.E2E_ADMIN_STATE);
	} finally {
		await browser.close();
	}
}

/** What every spec relies on, made the same way on the local stack and on a real store. */
async function prepareStore(): Promise<void> {
	const { admin, dispose } = await openAdmin();
	try {
		await ensureClassicPages(admin);
		const restoreVendors = await enableEveryVendor(admin);
		restoreStore = async () => {
			try {
				// A stack this run started goes away anyway; a real store gets its settings back.
				if (!startedStack) await restoreVendors();
			} finally {
				await dispose();
			}
		};
	} catch (error) {
		await dispose();
		throw error;
	}
}

export default async function globalSetup(config: FullConfig): Promise<void> {
	if (!process.env.WP_BASE_URL) {
		startedStack = await startInFreeSlot();
		// Workers inherit this environment.
		process.env.WP_BASE_URL = startedStack.wpUrl;
		process.env.WP_USERNAME = ADMIN_USER;
		process.env.WP_PASSWORD = ADMIN_PASSWORD;
		process.env.SIDECAR_URL = startedStack.sidecarUrl;
		// The sidecar-down project stops it (support/sidecar.ts).
		process.env.E2E_SIDECAR_PID_FILE = join(startedStack.dir, 'sidecar.pid');
		// Thrown away after the run: specs may change what they could not restore on a real store.
		process.env.E2E_DISPOSABLE_STORE = '1';
	}
	try {
		await logInAdmin(config);
		await prepareStore();
	} catch (error) {
		await startedStack?.stop();
		throw error;
	}
}
