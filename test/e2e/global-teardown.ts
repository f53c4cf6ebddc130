import { rm } from 'node:fs/promises';
import { authDir, startedStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
	if (authDir) await rm(authDir, { recursive: true, force: true });
	await startedStack?.stop();
}
