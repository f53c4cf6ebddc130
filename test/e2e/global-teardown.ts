import { startedStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
	await startedStack?.stop();
}
