/**
 * The WordPress and WooCommerce release archives every stack runs: pinned versions, taken from the
 * directory named by COMMERCE_BRIDGE_ARCHIVES when set, else from `.stack/archives/` (downloaded there
 * from wordpress.org once), else a clear error saying what to provide.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes';

export const WORDPRESS_VERSION = '6.8.2';
export const WOOCOMMERCE_VERSION = '10.1.0';

/** The environment variable naming a directory with both release archives. */
export const ARCHIVES_ENV = 'COMMERCE_BRIDGE_ARCHIVES';

interface Archive {
	file: string;
	url: string;
}

const ARCHIVES: Archive[] = [
	{ file: `wordpress-${WORDPRESS_VERSION}.zip`, url: `https://downloads.wordpress.org/release/wordpress-${WORDPRESS_VERSION}.zip` },
	{ file: `woocommerce.${WOOCOMMERCE_VERSION}.zip`, url: `https://downloads.wordpress.org/plugin/woocommerce.${WOOCOMMERCE_VERSION}.zip` },
];

export class ArchivesMissingError extends Error {}

function missing(reason: string): ArchivesMissingError {
	const files = ARCHIVES.map((archive) => archive.file).join(' and ');
	return new ArchivesMissingError(
		`WordPress ${WORDPRESS_VERSION} and WooCommerce ${WOOCOMMERCE_VERSION} are needed and could not be found (${reason}). ` +
			`Put the release archives ${files} (as wordpress.org serves them) into a directory and set ${ARCHIVES_ENV} to it, ` +
			`for example ${ARCHIVES_ENV}=/path/to/archives npm test; or run once on a machine that reaches wordpress.org, ` +
			'which downloads them into .stack/archives/.',
	);
}

/** Downloads one archive into `dir` (atomically: a half-written file never counts as present). */
async function download(archive: Archive, dir: string): Promise<void> {
	const response = await fetch(archive.url, { signal: AbortSignal.timeout(120_000) });
	if (!response.ok) throw new Error(`${archive.url} answered ${response.status}`);
	const partial = join(dir, `${archive.file}.part-${process.pid}`);
	writeFileSync(partial, Buffer.from(await response.arrayBuffer()));
	await run('unzip', ['-tqq', partial]); // A truncated or non-zip answer fails here, not at unzip time.
	renameSync(partial, join(dir, archive.file));
}

/**
 * The paths of both archives: from COMMERCE_BRIDGE_ARCHIVES, else the download cache under
 * `cacheDir`, downloading what is missing. Throws ArchivesMissingError when neither works.
 */
export async function releaseArchives(cacheDir: string): Promise<{ wordpress: string; woocommerce: string }> {
	const given = process.env[ARCHIVES_ENV];
	const dir = given || cacheDir;
	if (given) {
		const absent = ARCHIVES.filter((archive) => !existsSync(join(dir, archive.file)));
		if (absent.length) throw missing(`${ARCHIVES_ENV}=${dir} has no ${absent.map((a) => a.file).join(', ')}`);
	} else {
		mkdirSync(dir, { recursive: true });
		for (const archive of ARCHIVES.filter((a) => !existsSync(join(dir, a.file)))) {
			console.log(`Downloading ${archive.url} …`);
			try {
				await download(archive, dir);
			} catch (error) {
				rmSync(join(dir, `${archive.file}.part-${process.pid}`), { force: true });
				throw missing(`${ARCHIVES_ENV} is not set and the download failed: ${(error as Error).message}`);
			}
		}
	}
	return { wordpress: join(dir, ARCHIVES[0]!.file), woocommerce: join(dir, ARCHIVES[1]!.file) };
}
