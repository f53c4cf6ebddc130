import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The release this sidecar belongs to: the repository's package.json (one version for the plugin and the
 * sidecar), found two levels above src/ or dist/ as in the Docker image. WordPress's Site Health compares
 * it with the plugin's version.
 */
function readVersion(): string {
	try {
		const parsed = z.object({ version: z.string().min(1) }).safeParse(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')));
		return parsed.success ? parsed.data.version : 'unknown';
	} catch {
		return 'unknown';
	}
}

export const SIDECAR_VERSION = readVersion();
