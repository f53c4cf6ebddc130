/**
 * `npm run lint:php`: `php -l` on every PHP file of the plugin (without vendor/) and the test WordPress
 * parts, then phpcs with the plugin's ruleset. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from '../stack/processes';
import { REPO_ROOT } from '../stack/wordpress';

const ROOTS = ['plugin', 'test/wordpress', 'test/stack'];
const SKIP = new Set([join(REPO_ROOT, 'plugin', 'vendor'), join(REPO_ROOT, 'plugin', 'node_modules')]);
const RULESET = join(REPO_ROOT, 'plugin', 'phpcs.xml');

function phpFiles(dir: string): string[] {
	if (!existsSync(dir) || SKIP.has(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return phpFiles(path);
		return entry.name.endsWith('.php') ? [path] : [];
	});
}

/** `php -l` each file, a few at a time; returns the failures' messages. */
async function syntaxErrors(files: string[]): Promise<string[]> {
	const errors: string[] = [];
	const queue = [...files];
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			await run('php', ['-l', '-d', 'display_errors=1', file]).catch((error: Error) => errors.push(error.message));
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return errors;
}

async function main(): Promise<number> {
	const files = ROOTS.flatMap((root) => phpFiles(join(REPO_ROOT, root)));
	const errors = await syntaxErrors(files);
	errors.forEach((error) => console.error(error));
	console.log(`php -l: ${files.length} files, ${errors.length} with errors`);
	if (!existsSync(RULESET)) {
		console.error(`phpcs: ${relative(REPO_ROOT, RULESET)} is missing`);
		return 1;
	}
	// The ruleset names its own files (the plugin); without a <file> entry give it the plugin.
	const paths = /<file>/.test(readFileSync(RULESET, 'utf8')) ? [] : ['plugin'];
	const phpcs = spawnSync('phpcs', [`--standard=${RULESET}`, '--ignore=*/vendor/*,*/build/*,*/node_modules/*', '-p', '-s', ...paths], { cwd: REPO_ROOT, stdio: 'inherit' });
	return errors.length > 0 || phpcs.status !== 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
