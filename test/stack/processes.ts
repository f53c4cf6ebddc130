import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { openSync } from 'node:fs';

export interface Service {
	name: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Starts a long-running process whose output goes to a log file; stop() sends SIGTERM then SIGKILL. */
export function startService(name: string, command: string, args: string[], logFile: string, options: SpawnOptions = {}): Service {
	const log = openSync(logFile, 'a');
	const child = spawn(command, args, { stdio: ['ignore', log, log], ...options });
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null) resolve();
		child.once('exit', () => resolve());
	});
	return {
		name,
		child,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		},
	};
}

/** Runs a command to completion and rejects with its output when it fails. */
export function run(command: string, args: string[], options: SpawnOptions & { input?: string } = {}): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
		let out = '';
		child.stdout?.on('data', (d) => (out += d));
		child.stderr?.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`))));
		// A client that exits before reading its input (e.g. MariaDB not up yet) must not crash us with EPIPE.
		child.stdin?.on('error', () => undefined);
		child.stdin?.end(options.input ?? '');
	});
}

/** Polls `probe` until it resolves true or the deadline passes; fails at once if `service` exits meanwhile. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 20000, service?: Service): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const exit = service?.child.exitCode ?? service?.child.signalCode;
		if (exit !== undefined && exit !== null) throw new Error(`${service?.name} exited (${exit}) before ${what} was ready`);
		if (await probe().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}
