import { test } from './wordpress';

const PLUGIN = '/wp/v2/plugins/consent-api-test/consent-api-test';

/**
 * For the enclosing `test.describe`: its tests run serially with the WP Consent API's test double active
 * (skipped on a store without it); the plugin is deactivated after the last one if this turned it on.
 */
export function withConsentApi(): void {
	test.describe.configure({ mode: 'serial' });
	let activated = false;

	test.beforeAll(async ({ admin }) => {
		const plugin = await admin.rest<{ status: string }>(PLUGIN).catch(() => null);
		test.skip(!plugin, 'the Consent API test plugin is not installed on this store');
		if (plugin?.status !== 'active') {
			await admin.rest(PLUGIN, { method: 'POST', data: { status: 'active' } });
			activated = true;
		}
	});

	test.afterAll(async ({ admin }) => {
		if (activated) await admin.rest(PLUGIN, { method: 'POST', data: { status: 'inactive' } });
	});
}
