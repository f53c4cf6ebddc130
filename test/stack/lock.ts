import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a running stack records about itself in `<dir>/stack.lock`. */
export interface LockInfo {
	pid: number;
	wpUrl?: string;
	adminUrl?: string;
	sidecarUrl?: string;
}

export class StackBusyError extends Error {
	constructor(readonly info: LockInfo, dir: string) {
		super(`a stack is already running in ${dir} (pid ${info.pid})`);
	}
}

/** True when `pid` is a live Node process (guards against a recycled pid after a crash). */
function isLiveNode(pid: number): boolean {
	return /node|tsx/.test(commandLine(pid));
}

/** The lock of a stack that is alive in `dir`, or undefined. */
export function liveLock(dir: string): LockInfo | undefined {
	const file = join(dir, 'stack.lock');
	if (!existsSync(file)) return undefined;
	const info = JSON.parse(readFileSync(file, 'utf8') || '{"pid":0}') as LockInfo;
	return isLiveNode(info.pid) ? info : undefined;
}

/** Takes the stack lock of `dir` for this process, or throws StackBusyError when a live owner holds it. */
export function acquireLock(dir: string): { update(info: Omit<LockInfo, 'pid'>): void; release(): void } {
	const file = join(dir, 'stack.lock');
	for (let attempt = 0; ; attempt++) {
		try {
			writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
			const info = liveLock(dir);
			if (info) throw new StackBusyError(info, dir);
			unlinkSync(file); // Left by a crashed run.
		}
	}
	return {
		update: (info) => writeFileSync(file, JSON.stringify({ pid: process.pid, ...info })),
		release: () => {
			if (existsSync(file)) unlinkSync(file);
		},
	};
}

/**
 * Stops processes a crashed run left behind: a pid file counts only when the process's command line
 * still names `marker` (this stack's directory or the sidecar entry), so a recycled pid is never touched.
 */
export async function reapStale(pidFiles: Array<{ file: string; marker: string }>): Promise<void> {
	for (const { file, marker } of pidFiles) {
		if (!existsSync(file)) continue;
		const pid = Number(readFileSync(file, 'utf8').trim());
		if (pid > 0 && commandLine(pid).includes(marker)) {
			process.kill(pid, 'SIGTERM'); // Masters stop their workers; MariaDB releases its data directory.
			for (let waited = 0; commandLine(pid) !== '' && waited < 10000; waited += 100) await new Promise((r) => setTimeout(r, 100));
			if (commandLine(pid) !== '') process.kill(pid, 'SIGKILL');
		}
		rmSync(file, { force: true }); // A stopped nginx removes its own pid file.
	}
}

function commandLine(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		return '';
	}
}
