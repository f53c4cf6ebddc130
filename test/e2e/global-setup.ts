import { join } from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USER, StackBusyError, startStack, type Stack } from '../stack/stack';
import { REPO_ROOT } from '../stack/wordpress';

/** The stack this run started (none when WP_BASE_URL pointed at an existing store); read by the teardown. */
export let startedStack: Stack | undefined;

/** `.stack/e2e`, or a numbered sibling when another run holds it (several runs may share a machine). */
async function startInFreeSlot(): Promise<Stack> {
	for (let slot = 0; ; slot++) {
		try {
			return await startStack({ dir: join(REPO_ROOT, '.stack', slot === 0 ? 'e2e' : `e2e-${slot}`), standin: true });
		} catch (error) {
			if (!(error instanceof StackBusyError) || slot === 3) throw error;
		}
	}
}

export default async function globalSetup(): Promise<void> {
	if (process.env.WP_BASE_URL) return;
	startedStack = await startInFreeSlot();
	// Workers inherit this environment.
	process.env.WP_BASE_URL = startedStack.wpUrl;
	process.env.WP_USERNAME = ADMIN_USER;
	process.env.WP_PASSWORD = ADMIN_PASSWORD;
	process.env.SIDECAR_URL = startedStack.sidecarUrl;
}
