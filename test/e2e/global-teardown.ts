import { rm } from 'node:fs/promises';
import { authDir, restoreStore, startedStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
	try {
		await restoreStore?.();
	} finally {
		if (authDir) await rm(authDir, { recursive: true, force: true });
		await startedStack?.stop();
	}
}
