import type { Page } from '@playwright/test';
import { BAMBUSER } from '../support/vendors';
import { adminState, expect, test } from '../support/wordpress';

/**
 * The guided settings app: plain-language validation next to the field (and the server refusing the same
 * value), each vendor's state badge and checklist from the server, the unsaved-changes guard on a tab switch
 * and a page leave, and a phone-sized viewport. Runs in its own project (settings-guided), after the
 * settings app's and before the storefront's: it briefly changes Bambuser's settings, which they read.
 */

interface VendorSettings {
	values: Record<string, unknown>;
	state: string;
}

const SETTINGS = '/wp-admin/admin.php?page=commerce-bridge';
const BAMBUSER_LABEL = 'Bambuser One-to-One';

test.use({ storageState: async ({}, use) => use(adminState()) });
// Several admin page views and REST round trips per test on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function openTab(page: Page, label: string): Promise<void> {
	await page.goto(SETTINGS);
	await page.getByRole('tab', { name: label }).click();
	await expect(page.getByRole('tab', { name: label })).toHaveAttribute('aria-selected', 'true');
}

test('a dashboard address as the organisation id gets a plain message next to the field and is not saved', async ({ page, admin }) => {
	await openTab(page, BAMBUSER_LABEL);
	const field = page.locator('[data-field="orgId"]');
	await field.getByLabel('Organisation id', { exact: true }).fill('https://lcx-eu.bambuser.com/o/org-e2e-1/');
	await expect(field.getByRole('alert')).toHaveText(/only the ID part of your dashboard address .*not the whole address/);
	await expect(field).not.toContainText('^');
	await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();

	// The server refuses the same value with the same words, and keeps what was stored.
	const refused = admin.rest('/commerce-bridge/v1/settings/bambuser', { method: 'POST', data: { orgId: 'https://lcx-eu.bambuser.com/o/x/' } });
	await expect(refused).rejects.toThrow(/answered 400.*not the whole address/);
	const stored = await admin.rest<VendorSettings>('/commerce-bridge/v1/settings/bambuser');
	expect(stored.values.orgId).toBe(BAMBUSER.orgId);
});

test('switching on a vendor whose required key is empty is refused next to that field', async ({ page, admin }) => {
	await admin.withVendorSettings('bambuser', { enabled: false, orgId: '' }, async () => {
		await openTab(page, BAMBUSER_LABEL);
		await page.getByRole('checkbox', { name: `Enable ${BAMBUSER_LABEL}` }).check();
		await expect(page.locator('[data-field="orgId"]').getByRole('alert')).toHaveText('Organisation id is empty.');
		await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
		const refused = admin.rest('/commerce-bridge/v1/settings/bambuser', { method: 'POST', data: { enabled: true } });
		await expect(refused).rejects.toThrow(/answered 400.*Organisation id is empty/);
	});
});

test('an enabled vendor with a missing key is incomplete with the reason, a complete one live', async ({ page, admin }) => {
	await admin.withVendorSettings('bambuser', { orgId: '' }, async () => {
		await openTab(page, BAMBUSER_LABEL);
		const tab = page.getByRole('tab', { name: BAMBUSER_LABEL });
		await expect(tab.locator('[data-state]')).toHaveText('Incomplete');
		const card = page.getByRole('tabpanel');
		await expect(card.locator('.components-card__header [data-state]')).toHaveText('Incomplete');
		const line = card.locator('[data-check="key:orgId"]');
		await expect(line).toHaveAttribute('data-ok', 'no');
		await expect(line).toContainText('Organisation id is empty.');
		await expect(card.locator('[data-check="sidecar"]')).toHaveAttribute('data-ok', 'yes');
	});
	await page.reload();
	await expect(page.getByRole('tab', { name: BAMBUSER_LABEL }).locator('[data-state]')).toHaveText('Live');
	await expect(page.getByRole('tab', { name: 'Belco' }).locator('[data-state]')).toHaveText('Live');
});

test('switching tab with unsaved edits asks first: stay keeps them, discard drops them', async ({ page }) => {
	await openTab(page, BAMBUSER_LABEL);
	const queue = page.getByLabel('Queue', { exact: true });
	await queue.fill('Unsaved queue');
	await expect(page.getByText('You have unsaved changes.')).toBeVisible();

	await page.getByRole('tab', { name: 'Belco' }).click();
	const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
	await expect(page.getByRole('tab', { name: BAMBUSER_LABEL })).toHaveAttribute('aria-selected', 'true');
	await expect(queue).toHaveValue('Unsaved queue');

	await page.getByRole('tab', { name: 'Belco' }).click();
	await dialog.getByRole('button', { name: 'Discard changes' }).click();
	await expect(page.getByRole('tab', { name: 'Belco' })).toHaveAttribute('aria-selected', 'true');
	await page.getByRole('tab', { name: BAMBUSER_LABEL }).click();
	await expect(page.getByLabel('Queue', { exact: true })).toHaveValue(BAMBUSER.queue);
});

test('leaving the page with unsaved edits asks first; without edits it does not', async ({ page }) => {
	await openTab(page, BAMBUSER_LABEL);
	const queue = page.getByLabel('Queue', { exact: true });
	await queue.fill('Unsaved queue');
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	await page.locator('#adminmenu a[href="index.php"]').first().click({ noWaitAfter: true });
	await expect.poll(() => asked).toEqual(['beforeunload']);
	await expect(page).toHaveURL(/page=commerce-bridge/);
	await expect(queue).toHaveValue('Unsaved queue');

	await page.getByRole('button', { name: 'Discard changes' }).click();
	await page.locator('#adminmenu a[href="index.php"]').first().click();
	await expect(page).toHaveURL(/\/wp-admin\/(index\.php)?$/);
	expect(asked).toEqual(['beforeunload']);
});

test('at 390 px wide every vendor card fits without horizontal scrolling, advanced sections open', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(SETTINGS);
	const tabs = page.getByRole('tab');
	await expect(tabs).toHaveCount(4);
	for (const label of await tabs.allTextContents()) {
		await page.getByRole('tab', { name: label.replace(/(Off|Incomplete|Live)$/, '') }).click();
		const advanced = page.getByRole('tabpanel').getByRole('button', { name: 'Advanced' });
		if ((await advanced.count()) > 0 && (await advanced.getAttribute('aria-expanded')) === 'false') await advanced.click();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
	}
});

test('the status panel colours each check and says when it last checked, with no next step while all is up', async ({ page }) => {
	await page.goto(SETTINGS);
	const status = page.getByRole('region', { name: 'Status' });
	await expect(status.locator('.commerce-bridge-status__row.is-good')).toHaveCount(4);
	await expect(status.getByText(/^Last checked at .+\.$/)).toBeVisible();
	await expect(status.locator('.components-notice.is-error')).toHaveCount(0);
});

test("a field that would do nothing is hidden: oct8ne's delay shows only for deferred loading", async ({ page }) => {
	// Only the form changes, nothing is saved: oct8ne-settings may be using the stored settings meanwhile.
	await openTab(page, 'oct8ne');
	const loading = page.getByLabel('Load the chat', { exact: true });
	const delay = page.locator('[data-field="loadDelay"]');
	await loading.selectOption('immediate');
	await expect(delay).toHaveCount(0);
	await loading.selectOption('deferred');
	await expect(delay.getByLabel('Delay (seconds)')).toBeVisible();
	await loading.selectOption('manual');
	await expect(delay).toHaveCount(0);
});
