/**
 * `npm run plugin-zip [-- <out.zip>]`: the plugin as wp-admin → Plugins → Add New → Upload installs it on
 * a store without Node or Composer (default dist/commerce-bridge.zip). One folder, commerce-bridge/, with
 * what runs on the store: the main file, uninstall.php, src/, the built bundles (build/), the must-use
 * loader and the direct-path configs it installs or renders (mu-plugin/, server-config/), languages/ and
 * a Composer autoloader made for production (no dev autoload, classmap only). Nothing from development:
 * no tests, TypeScript sources, node_modules, phpcs or PHPUnit configs, .stack.
 * Expects `npm run build` (the npm script builds the bundles and the .pot first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import AdmZip from 'adm-zip';

const ROOT = join(__dirname, '..');
const PLUGIN = join(ROOT, 'plugin');
export const SLUG = 'commerce-bridge';

/** What the zip holds, relative to plugin/. */
const SHIPPED = ['commerce-bridge.php', 'uninstall.php', 'src', 'manifest', 'build', 'mu-plugin', 'server-config', 'languages'];
/** Files that must be there, or the plugin would install broken (its notice says "not built"). */
const REQUIRED = ['build/admin.asset.php', 'build/storefront.asset.php', 'languages/commerce-bridge.pot'];
/** Translation files a translator may add to languages/; anything else there is left out. */
const TRANSLATION = /\.(pot|po|mo|json|l10n\.php)$/;

function stage(dir: string): void {
	for (const path of SHIPPED) {
		cpSync(join(PLUGIN, path), join(dir, path), {
			recursive: true,
			filter: (source) => !source.startsWith(join(PLUGIN, 'languages') + '/') || statSync(source).isDirectory() || TRANSLATION.test(source),
		});
	}
	// The autoloader is made in the staged copy, so plugin/vendor (with the tests' namespace) stays as it is.
	cpSync(join(PLUGIN, 'composer.json'), join(dir, 'composer.json'));
	const composer = spawnSync('composer', ['dump-autoload', '--no-dev', '--classmap-authoritative', '--no-interaction', '--quiet', `--working-dir=${dir}`], { stdio: 'inherit' });
	if (composer.status !== 0) throw new Error(`composer dump-autoload failed (${composer.status ?? composer.error?.message})`);
	rmSync(join(dir, 'composer.json'));
}

/** Every file in `dir`, relative to it, sorted. */
export function listFiles(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]))
		.sort();
}

export function buildZip(out: string): { files: string[]; bytes: number } {
	const missing = REQUIRED.filter((path) => !existsSync(join(PLUGIN, path)));
	if (missing.length) throw new Error(`Not built (${missing.join(', ')} missing): run npm run build first.`);
	const tmp = mkdtempSync(join(tmpdir(), 'commerce-bridge-zip-'));
	try {
		const dir = join(tmp, SLUG);
		stage(dir);
		const zip = new AdmZip();
		zip.addLocalFolder(dir, SLUG);
		mkdirSync(dirname(out), { recursive: true });
		zip.writeZip(out);
		return { files: listFiles(dir), bytes: statSync(out).size };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

if (require.main === module) {
	const out = resolve(process.argv[2] ?? join(ROOT, 'dist', `${SLUG}.zip`));
	const { files, bytes } = buildZip(out);
	console.log(`${relative(ROOT, out)}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB`);
}
