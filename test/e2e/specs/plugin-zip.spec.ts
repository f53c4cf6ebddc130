/**
 * `npm run plugin-zip` makes a plugin a store owner installs through wp-admin → Plugins → Add New →
 * Upload on a store that never had Commerce Bridge (no Node, no Composer, nothing of this repository),
 * and it works there: activation, the storefront, the settings page, its REST routes, the sidecar.
 */
import AdmZip from 'adm-zip';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, listFiles, SLUG } from '../../../bin/plugin-zip';
import { REPO_ROOT } from '../../stack/wordpress';
import { startCleanStore, type CleanStore } from '../support/clean-store';
import { expect, logIn, test } from '../support/wordpress';

const DIR = join(REPO_ROOT, '.stack', `plugin-zip-${process.pid}`);
const ZIP = join(DIR, 'upload', `${SLUG}.zip`);
/** Development files: none of them may ship. */
const DEVELOPMENT = /(^|\/)(tests?|node_modules|\.stack)\/|^(blocks|sidecar)\/|\.(tsx?|map)$|phpcs\.xml|phpunit\.xml|composer\.(json|lock)$|package(-lock)?\.json$/;

let zipFiles: string[] = [];

test.describe('the plugin zip', () => {
	test.describe.configure({ mode: 'serial', timeout: 240_000 });
	let store: CleanStore | undefined;

	test.beforeAll(async () => {
		zipFiles = buildZip(ZIP).files;
		store = await startCleanStore(join(DIR, 'store'));
	});

	test.afterAll(async () => {
		await store?.stop();
		rmSync(DIR, { recursive: true, force: true });
	});

	test('holds the runtime and nothing from development', () => {
		expect(zipFiles.filter((file) => DEVELOPMENT.test(file))).toEqual([]);
		for (const needed of ['commerce-bridge.php', 'uninstall.php', 'src/Plugin.php', 'vendor/autoload.php', 'build/admin.js', 'build/storefront.js', 'build/widgets/oct8ne.js', 'mu-plugin/commerce-bridge-early.php', 'server-config/nginx.conf', 'languages/commerce-bridge.pot']) {
			expect(zipFiles).toContain(needed);
		}
		// Composer made for production: no autoload-dev namespace of the tests.
		const zip = new AdmZip(ZIP);
		expect(zip.readAsText(`${SLUG}/vendor/composer/autoload_psr4.php`)).not.toContain('Tests');
	});

	test('ships a .pot with the strings of the PHP, the TypeScript and the block.json files', () => {
		const pot = new AdmZip(ZIP).readAsText(`${SLUG}/languages/commerce-bridge.pot`);
		expect(pot).toMatch(/^#: .*src\/Vendors\/\w+\/\w+Module\.php/m);
		expect(pot).toMatch(/^#: .*\.\.\/blocks\/src\/admin\/\S+\.tsx/m);
		expect(pot).toMatch(/^msgctxt "block title"\nmsgid "oct8ne phone PIN"$/m);
		// An enum label from a vendor schema: translated, never shown raw.
		expect(pot).toContain('msgid "A new tab"');
	});

	test('installs through Plugins → Add New → Upload, activates, and serves the store and its settings', async ({ browser }) => {
		if (!store) throw new Error('no store');
		const context = await browser.newContext({ baseURL: store.wpUrl });
		const page = await context.newPage();
		try {
			await logIn(page, 'admin', 'woolab-admin-pw');
			await page.goto('/wp-admin/plugin-install.php?tab=upload');
			await page.locator('#pluginzip').setInputFiles(ZIP);
			await page.locator('#install-plugin-submit').click();
			await expect(page.getByText('Plugin installed successfully.')).toBeVisible({ timeout: 30_000 });
			await page.getByRole('link', { name: 'Activate Plugin' }).click();
			await expect(page.locator(`tr[data-slug="${SLUG}"]`)).toHaveClass(/\bactive\b/);
			expect(listFiles(join(store.wpRoot, 'wp-content', 'plugins', SLUG))).toEqual(zipFiles);

			await store.startSidecar();
			const home = await page.goto('/');
			expect(home?.status()).toBe(200);
			await page.goto(`/wp-admin/admin.php?page=${SLUG}`);
			await expect(page.locator('#commerce-bridge-settings')).not.toBeEmpty();
			await expect(page.getByText('The settings app is not built')).toHaveCount(0);
			const { settings, status } = await page.evaluate(async () => {
				const apiFetch = (window as unknown as { wp: { apiFetch<T>(o: { path: string }): Promise<T> } }).wp.apiFetch;
				return {
					settings: await apiFetch<Record<string, { values: { enabled: boolean } }>>({ path: '/commerce-bridge/v1/settings' }),
					status: await apiFetch<{ sidecar: { ok: boolean; db: string | null } }>({ path: '/commerce-bridge/v1/status' }),
				};
			});
			expect(Object.keys(settings)).toEqual(['oct8ne', 'belco', 'loymax', 'bambuser']);
			expect(Object.values(settings).map((vendor) => vendor.values.enabled)).toEqual([false, false, false, false]);
			expect(status.sidecar).toMatchObject({ ok: true, db: 'ok' });
			expect(readFileSync(join(DIR, 'store', 'debug.log'), { encoding: 'utf8', flag: 'a+' })).not.toMatch(/PHP (Fatal|Warning|Parse).*commerce-bridge/);
		} finally {
			await context.close();
		}
	});
});
