import { join } from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USER, startStack, type Stack } from '../stack/stack';
import { REPO_ROOT } from '../stack/wordpress';

/** The stack this run started (none when WP_BASE_URL pointed at an existing store); read by the teardown. */
export let startedStack: Stack | undefined;

export default async function globalSetup(): Promise<void> {
	if (process.env.WP_BASE_URL) return;
	startedStack = await startStack({ dir: join(REPO_ROOT, '.stack', 'e2e'), standin: true });
	// Workers inherit this environment.
	process.env.WP_BASE_URL = startedStack.wpUrl;
	process.env.WP_USERNAME = ADMIN_USER;
	process.env.WP_PASSWORD = ADMIN_PASSWORD;
	process.env.SIDECAR_URL = startedStack.sidecarUrl;
}
