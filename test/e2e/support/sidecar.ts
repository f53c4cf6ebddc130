import { readFileSync } from 'node:fs';

/**
 * Stops the local stack's sidecar (the process in E2E_SIDECAR_PID_FILE, which the global set-up names)
 * and waits until SIDECAR_URL no longer answers. Only for the `sidecar-down` project, which runs after
 * every other spec: the sidecar stays down for the rest of the run, and the stack's stop() finds it gone.
 * Returns false on a real store (no stack of ours), where a spec must skip.
 */
export async function stopSidecar(): Promise<boolean> {
	const { E2E_SIDECAR_PID_FILE: pidFile, SIDECAR_URL: url } = process.env;
	if (!pidFile || !url) return false;
	const pid = Number(readFileSync(pidFile, 'utf8').trim());
	if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${pidFile} holds no pid`);
	process.kill(pid, 'SIGTERM');
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const answered = await fetch(`${url}/health`).then(() => true, () => false);
		if (!answered) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the sidecar at ${url} still answers 10 s after SIGTERM`);
}
