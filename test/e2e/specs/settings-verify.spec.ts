import { request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { adminState, expect, test } from '../support/wordpress';

/**
 * The vendors' connection panel in the settings app (blocks/src/admin/integration.tsx) on
 * the run's store, where every vendor is on: Verify, the URLs' copy buttons, token rotation. The URLs
 * are then called as the vendor's platform calls them: a fresh client without the admin's cookies.
 * Rotation changes tokens other specs read at their start, so this file runs in the settings project.
 */

const VENDORS = [
	{ id: 'oct8ne', label: 'oct8ne', path: '/oct8ne/frame/getAdapterInfo' },
	{ id: 'belco', label: 'Belco', path: '/commerce-bridge/belco/orders' },
	{ id: 'loymax', label: 'Loymax SmartCom', path: '/commerce-bridge/loymax/categories' },
	{ id: 'bambuser', label: 'Bambuser One-to-One', path: '/commerce-bridge/bambuser/products' },
];

test.use({ storageState: async ({}, use) => use(adminState()) });

let vendor: APIRequestContext;
test.beforeAll(async () => {
	vendor = await request.newContext();
});
test.afterAll(async () => vendor.dispose());

/** Opens a vendor's tab and answers its connection panel. */
async function connection(page: Page, label: string): Promise<Locator> {
	await page.goto('/wp-admin/admin.php?page=commerce-bridge');
	await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
	const panel = page.getByRole('region', { name: 'Connection with the platform' });
	await expect(panel).toBeVisible();
	return panel;
}

async function statusOf(url: string): Promise<number> {
	return (await vendor.get(url, { maxRedirects: 0 })).status();
}

for (const { id, label, path } of VENDORS) {
	test(`Verify: ${label} answers through the site as its platform calls it`, async ({ page }) => {
		const panel = await connection(page, label);
		const answer = page.waitForResponse((response) => response.url().includes(`settings%2F${id}%2Fverify`) || response.url().includes(`settings/${id}/verify`));
		await panel.getByRole('button', { name: 'Verify' }).click();
		const report = (await (await answer).json()) as { ok: boolean; status: number; answeredBy: string; path: string };
		expect(report).toMatchObject({ ok: true, status: 200, path });
		expect(['early', 'late', 'direct']).toContain(report.answeredBy);
		await expect(panel.getByText(`${label} can reach this shop`)).toBeVisible();
		await expect(panel.getByText(new RegExp(`GET ${path} → HTTP 200 in \\d+ ms`))).toBeVisible();
		expect(JSON.stringify(report)).not.toContain('token');
	});
}

for (const { id, label } of VENDORS.filter((v) => v.id !== 'bambuser')) {
	test(`each of ${label}'s URLs is copied exactly by its copy button`, async ({ page, context, admin, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
		const { urls } = await admin.rest<{ urls: Array<{ label: string; url: string }> }>(`/commerce-bridge/v1/settings/${id}/integration`);
		const panel = await connection(page, label);
		expect(urls.length).toBeGreaterThan(0);
		for (const { label: field, url } of urls) {
			expect(url).not.toBe('');
			const row = panel.locator('.commerce-bridge-copy-field').filter({ has: page.getByLabel(field, { exact: true }) });
			await expect(row.getByLabel(field, { exact: true })).toHaveValue(url);
			await row.getByRole('button', { name: 'Copy' }).click();
			await expect(row.getByRole('button', { name: 'Copied' })).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		}
	});
}

for (const { label, field } of [
	{ label: 'Loymax SmartCom', field: 'Products feed' },
	{ label: 'Belco', field: 'Custom orders URL' },
]) {
	test(`rotating ${label}'s token changes its URLs and the old one is refused through the site`, async ({ page }) => {
		const panel = await connection(page, label);
		const input = panel.getByLabel(field, { exact: true });
		await expect(input).not.toHaveValue('');
		const old = await input.inputValue();
		expect(await statusOf(old)).toBe(200);
		await panel.getByRole('button', { name: 'Rotate token' }).click();
		const dialog = page.getByRole('dialog', { name: 'Rotate the token?' });
		await dialog.getByRole('button', { name: 'Rotate token' }).click();
		await expect(input).not.toHaveValue(old);
		const rotated = await input.inputValue();
		expect(new URL(rotated).pathname).toBe(new URL(old).pathname);
		// The sidecar reads settings again within seconds; until then the old token may still pass.
		await expect.poll(() => statusOf(old), { timeout: 8_000, intervals: [500, 1_000] }).toBe(401);
		expect(await statusOf(rotated)).toBe(200);
	});
}

test("a Loymax feed URL's next page works with the same token through the site", async ({ admin }) => {
	const { urls } = await admin.rest<{ urls: Array<{ id: string; url: string }> }>('/commerce-bridge/v1/settings/loymax/integration');
	const products = urls.find((u) => u.id === 'products')?.url ?? '';
	const first = await vendor.get(`${products}&page[size]=2`);
	expect(first.status()).toBe(200);
	const body = (await first.json()) as { data: Array<{ id: string }>; links: { next: string | null } };
	expect(body.links.next).not.toBeNull();
	const next = await vendor.get(body.links.next ?? '');
	expect(next.status()).toBe(200);
	const page2 = (await next.json()) as { data: Array<{ id: string }>; meta: { page: number } };
	expect(page2.meta.page).toBe(2);
	expect(page2.data.map((p) => p.id)).not.toEqual(body.data.map((p) => p.id));
});
