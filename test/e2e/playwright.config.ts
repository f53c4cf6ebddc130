import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// Debian's Chromium only: never download browsers.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const REPO_ROOT = join(__dirname, '..', '..');

/**
 * Without WP_BASE_URL the global set-up starts the local stack (real WordPress + WooCommerce with the
 * fixture store) and sets WP_BASE_URL/WP_USERNAME/WP_PASSWORD/SIDECAR_URL for the workers, which load this file again.
 * With WP_BASE_URL the same specs run against that store as it is.
 */
export default defineConfig({
	testDir: 'specs',
	outputDir: join(REPO_ROOT, 'test-results', 'e2e'),
	globalSetup: './global-setup.ts',
	globalTeardown: './global-teardown.ts',
	workers: 2,
	fullyParallel: true,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: Boolean(process.env.CI),
	// Generous for a shared 2-core machine, where one WordPress page view can take seconds.
	timeout: 45_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	/*
	 * Every vendor is on for the whole run (global set-up). The settings app spec switches a vendor off
	 * and back and writes secrets: run next to the storefront specs it would pull a vendor from under
	 * them. So it runs first, on its own, and the storefront specs after it.
	 */
	projects: [
		// Its tests save the same vendors' settings (and restore them), so they run one after another.
		{ name: 'settings-app', testMatch: 'admin-settings.spec.ts', fullyParallel: false },
		// Clears and switches Bambuser's settings for a moment: after the settings app, before the storefront.
		{ name: 'settings-guided', testMatch: 'settings-guided.spec.ts', dependencies: ['settings-app'], fullyParallel: false },
		// Verify calls and token rotation, on settings nothing else changes meanwhile: after the settings projects.
		{ name: 'settings-verify', testMatch: 'settings-verify.spec.ts', dependencies: ['settings-app', 'settings-guided'], fullyParallel: false },
		// Switches oct8ne's loading mode and unlinks it, which every other project would see: on its own too.
		{ name: 'oct8ne-settings', testMatch: 'oct8ne-settings.spec.ts', dependencies: ['settings-verify'], fullyParallel: false },
		{ name: 'storefront', testIgnore: ['admin-settings.spec.ts', 'settings-guided.spec.ts', 'settings-verify.spec.ts', 'oct8ne-settings.spec.ts', 'sidecar-down.spec.ts'], dependencies: ['oct8ne-settings'] },
		// Stops the sidecar for good: after everything else.
		{ name: 'sidecar-down', testMatch: 'sidecar-down.spec.ts', dependencies: ['storefront'], fullyParallel: false },
	],
	use: {
		baseURL: process.env.WP_BASE_URL,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
				'--disable-dev-shm-usage',
				// wp-admin shows Gravatar avatars: offline, the load event of an admin page waits on that
				// host's lookup (a global set-up login once waited 30 s). Fail it at once.
				'--host-resolver-rules=MAP *.gravatar.com ~NOTFOUND',
			],
		},
	},
});
