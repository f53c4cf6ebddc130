import { expect, request, test as base, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { recordVendors } from '../recorders/vendors';

/*
 * The chores every spec shares: logging in, talking to the REST API as the store admin, changing a
 * vendor's settings and putting them back. Only WooCommerce-visible behaviour and the
 * env of the global set-up (WP_BASE_URL, WP_USERNAME, WP_PASSWORD) are used, so the same helpers work
 * against the local stack and a real store.
 */

export { expect };

export interface Credentials {
	user: string;
	password: string;
}

/** The store admin the global set-up (or the caller of a real-store run) named in the env. */
export function adminCredentials(): Credentials {
	const { WP_USERNAME: user, WP_PASSWORD: password } = process.env;
	if (!user || !password) throw new Error('WP_USERNAME and WP_PASSWORD must be set');
	return { user, password };
}

/**
 * Logs in through wp-login.php and waits for the document the login leads to, not its images (the
 * wait is bounded by the test timeout, not the 10 s expect timeout: a cold WordPress can be slow), then
 * for a logged-in page: the admin bar, or the storefront for customers whom WooCommerce keeps out of
 * wp-admin. Ending up on wp-login.php again fails at once with the reason instead of timing out.
 */
export async function logIn(page: Page, user: string, password: string): Promise<void> {
	await page.goto('/wp-login.php');
	await page.locator('#user_login').fill(user);
	await page.locator('#user_pass').fill(password);
	await Promise.all([page.waitForEvent('domcontentloaded'), page.locator('#wp-submit').click()]);
	if (new URL(page.url()).pathname.endsWith('/wp-login.php')) {
		const [error = 'sent back to the login form (was the session dropped by a parallel login?)'] = await page.locator('#login_error').allInnerTexts();
		throw new Error(`Login of ${user} failed: ${error.trim()}`);
	}
	await expect(page.locator('#wpadminbar, body.logged-in').first()).toBeVisible();
}

/**
 * Logs in through wp-login.php without a page (no storefront script runs): for set-up, where what a
 * page does after login is not what is tested. The cookies land in `request`'s context.
 */
export async function logInRequest(request: APIRequestContext, user: string, password: string): Promise<void> {
	await request.get('/wp-login.php');
	const response = await request.post('/wp-login.php', { form: { log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1' }, maxRedirects: 0 });
	const cookies = (await request.storageState()).cookies.map((cookie) => cookie.name);
	if (response.status() !== 302 || !cookies.some((name) => name.startsWith('wordpress_logged_in_'))) throw new Error(`Login of ${user} failed: ${response.status()}`);
}

/**
 * Logs the admin in once for the whole run and saves the browser state (cookies) to `path`. Every spec
 * shares that one session because logins of the same user race in WordPress: each one rewrites the
 * user's session_tokens meta, so two at once can drop one token and that cookie bounces to
 * wp-login.php?reauth=1.
 */
export async function saveAdminState(browser: Browser, path: string): Promise<void> {
	const { user, password } = adminCredentials();
	const context = await browser.newContext({ baseURL: process.env.WP_BASE_URL });
	try {
		await logIn(await context.newPage(), user, password);
		await context.storageState({ path });
	} finally {
		await context.close();
	}
}

/** The admin state file of this run, for `test.use({ storageState: … })` and the admin REST client. */
export function adminState(): string {
	const path = process.env.E2E_ADMIN_STATE;
	if (!path) throw new Error('E2E_ADMIN_STATE is set by the global set-up');
	return path;
}

type Values = Record<string, unknown>;

interface VendorSettings {
	schema: { properties: Record<string, { writeOnly?: boolean }> };
	values: Values;
}

/** The store admin's REST session: cookies of a real login plus the REST nonce. */
export interface Admin {
	/** Carries the admin cookies, for routes outside /wp-json. */
	request: APIRequestContext;
	/** A REST call under /wp-json; fails on any non-2xx answer. */
	rest<T = unknown>(path: string, options?: { method?: string; data?: unknown }): Promise<T>;
	/** Saves `values` for a vendor; the returned function restores what was there before. */
	setVendorSettings(vendor: string, values: Values): Promise<() => Promise<void>>;
	/** Runs `fn` with `values` saved for a vendor and restores the previous settings afterwards. */
	withVendorSettings<T>(vendor: string, values: Values, fn: () => Promise<T>): Promise<T>;
	/** Publishes a page and returns its id and permalink. */
	publishPage(title: string, content: string): Promise<{ id: number; link: string }>;
	deletePage(id: number): Promise<void>;
}

const settingsPath = (vendor: string) => `/commerce-bridge/v1/settings/${vendor}`;

/**
 * What restores a vendor exactly: every non-secret value as it was, and secrets that were unset cleared
 * again. A secret that was set cannot be restored (the API never returns it); tests only set unset ones
 * or overwrite with their own.
 */
function restorable({ schema, values }: VendorSettings): Values {
	return Object.fromEntries(
		Object.entries(values).flatMap(([key, value]) => {
			if (schema.properties[key]?.writeOnly !== true) return [[key, value]];
			return (value as { isSet?: boolean }).isSet === false ? [[key, '']] : [];
		}),
	);
}

function adminClient(api: APIRequestContext, nonce: string): Admin {
	const rest: Admin['rest'] = async (path, { method = 'GET', data } = {}) => {
		const response = await api.fetch(`/wp-json${path}`, { method, data, headers: { 'X-WP-Nonce': nonce } });
		if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
		return (await response.json()) as never;
	};
	const setVendorSettings: Admin['setVendorSettings'] = async (vendor, values) => {
		const previous = restorable(await rest<VendorSettings>(settingsPath(vendor)));
		if (Object.keys(values).length > 0) await rest(settingsPath(vendor), { method: 'POST', data: values });
		return async () => void (await rest(settingsPath(vendor), { method: 'POST', data: previous }));
	};
	return {
		request: api,
		rest,
		setVendorSettings,
		async withVendorSettings(vendor, values, fn) {
			const restore = await setVendorSettings(vendor, values);
			try {
				return await fn();
			} finally {
				await restore();
			}
		},
		publishPage: (title, content) => rest(`/wp/v2/pages`, { method: 'POST', data: { title, content, status: 'publish' } }),
		deletePage: async (id) => void (await rest(`/wp/v2/pages/${id}?force=true`, { method: 'DELETE' })),
	};
}

/** An admin REST client on the run's admin session (the nonce is bound to that session). */
export async function openAdmin(): Promise<{ admin: Admin; dispose: () => Promise<void> }> {
	const api = await request.newContext({ baseURL: process.env.WP_BASE_URL, storageState: adminState() });
	const nonce = await (await api.get('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
	if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error('No REST nonce for the admin session');
	return { admin: adminClient(api, nonce), dispose: () => api.dispose() };
}

/** A 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAAAAQABAAACAUwAOw==', 'base64');

/**
 * `test` with `admin` (one admin REST client per worker, on the run's admin session), every vendor's
 * recorder on every page (recorders/vendors.ts) and product images
 * answered by a pixel: no spec looks at them, and a store whose image files are missing (the fixture
 * ships only the attachment rows) renders a whole WordPress 404 page for each, which made every page
 * load take seconds.
 */
export const test = base.extend<object, { admin: Admin }>({
	context: async ({ context }, use) => {
		await recordVendors(context);
		await context.route('**/wp-content/uploads/**', (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL }));
		await use(context);
	},
	admin: [
		async ({}, use) => {
			const { admin, dispose } = await openAdmin();
			await use(admin);
			await dispose();
		},
		{ scope: 'worker' },
	],
});
