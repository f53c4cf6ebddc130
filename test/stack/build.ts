import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './wordpress';

/** Each build output and the sources it is made from (paths relative to the repository). */
const PARTS = [
	{ output: 'plugin/vendor/autoload.php', sources: ['plugin/composer.json', 'plugin/src'] },
	{ output: 'plugin/build', sources: ['blocks/src', 'blocks/webpack.config.js', 'blocks/widget-entries.js'] },
	{ output: 'sidecar/dist/server.js', sources: ['sidecar/src', 'sidecar/tsconfig.build.json'] },
];

/** Newest modification time of a file or of any file under a directory (0 when absent or empty). */
function mtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((entry) => mtime(join(path, entry))));
}

/** Names of the parts whose output is missing or older than one of its sources. */
export function staleParts(): string[] {
	return PARTS.filter(({ output, sources }) => {
		const built = mtime(join(REPO_ROOT, output));
		return built === 0 || sources.some((source) => mtime(join(REPO_ROOT, source)) > built);
	}).map(({ output }) => output);
}

/** Runs `npm run build` when any build output is missing or stale. */
export function ensureBuilt(): void {
	const stale = staleParts();
	if (stale.length === 0) return;
	console.log(`Building (missing or stale: ${stale.join(', ')})…`);
	execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
