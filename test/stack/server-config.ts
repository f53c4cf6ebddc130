/**
 * Renders the web-server configurations Commerce Bridge ships for its direct path
 * (`plugin/server-config/`), exactly as the plugin's settings page shows them (plugin/src/Health/DirectPathConfig.php):
 * `{{sidecarOrigin}}` becomes the sidecar's scheme://host[:port], `{{sidecarScheme}}` and `{{sidecarAddress}}`
 * (host:port) its parts, and `{{homePath}}` the site's path as a regex ('' for a site at the root). The
 * stack's nginx includes the rendered files, so what runs is what ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_CONFIG_DIR = join(__dirname, '..', '..', 'plugin', 'server-config');

/** nginx needs two parts: `nginxHttp` inside `http { }` (the upstream), `nginx` inside `server { }`. */
export const SERVER_CONFIG_FILES = { nginxHttp: 'nginx-http.conf', nginx: 'nginx.conf', apache: 'apache.conf', caddy: 'Caddyfile' } as const;

export type ServerKind = keyof typeof SERVER_CONFIG_FILES;

export interface ServerConfigSite {
	/** The sidecar's base URL, e.g. http://127.0.0.1:8787. */
	sidecarUrl: string;
	/** The site's path, e.g. '/' or '/shop/' (default '/'). */
	homePath?: string;
}

export function renderServerConfig(kind: ServerKind, site: ServerConfigSite): string {
	const home = (site.homePath ?? '/').replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const sidecar = new URL(site.sidecarUrl);
	const scheme = sidecar.protocol.replace(/:$/, '');
	return readFileSync(join(SERVER_CONFIG_DIR, SERVER_CONFIG_FILES[kind]), 'utf8')
		.replaceAll('{{sidecarOrigin}}', sidecar.origin)
		.replaceAll('{{sidecarScheme}}', scheme)
		.replaceAll('{{sidecarAddress}}', `${sidecar.hostname}:${sidecar.port || (scheme === 'https' ? '443' : '80')}`)
		.replaceAll('{{homePath}}', home);
}
