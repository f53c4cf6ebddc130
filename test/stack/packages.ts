import { execFileSync, spawnSync } from 'node:child_process';

/** Debian packages the stack needs, keyed by a binary that proves the package is there. */
const SERVER_PACKAGES: Record<string, string[]> = {
	mariadbd: ['mariadb-server', 'mariadb-client'],
	'php-fpm8.2': ['php8.2-fpm', 'php8.2-cli', 'php8.2-mysql', 'php8.2-xml', 'php8.2-mbstring', 'php8.2-curl', 'php8.2-gd', 'php8.2-intl', 'php8.2-zip'],
	nginx: ['nginx'],
	composer: ['composer'],
};
const TEST_PACKAGES: Record<string, string[]> = {
	chromium: ['chromium'],
	phpunit: ['phpunit'],
	phpcs: ['php-codesniffer'],
	// The direct-path spec runs the shipped Apache and Caddy configs on short-lived servers (≈ 11 s and 25 s to install).
	apache2: ['apache2'],
	caddy: ['caddy'],
};

function has(binary: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${binary} || test -x /usr/sbin/${binary}`], { stdio: 'ignore' }).status === 0;
}

/** Installs the missing Debian packages with apt-get (the machine is Debian; we run as root). */
export function ensurePackages(kind: 'server' | 'test'): void {
	const wanted = kind === 'server' ? SERVER_PACKAGES : { ...SERVER_PACKAGES, ...TEST_PACKAGES };
	const missing = Object.entries(wanted).filter(([binary]) => !has(binary)).flatMap(([, pkgs]) => pkgs);
	if (missing.length === 0) return;
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	console.log(`Installing Debian packages: ${missing.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'update', '-qq'], { stdio: 'inherit', env });
	execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
