import { z } from 'zod';

/**
 * A fixture customer with a saved cart (test/fixtures: Sanne, user 2, whose WooCommerce session key is
 * her user id), for the identity-bound call of the comparison.
 */
export const CUSTOMER = { login: 'sanne.devries', password: 'woolab-customer-pw', userId: '2', session: '2' } as const;

const cookieSchema = z.string().regex(/^[^=;\s]+=[^;]*/);

/**
 * Logs the customer in with WordPress's own login form and answers the Cookie header a browser would
 * then send (the logged-in cookie; WooCommerce finds a logged-in customer's session by user id).
 */
export async function customerCookie(wpUrl: string): Promise<string> {
	const response = await fetch(`${wpUrl}/wp-login.php`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
		body: new URLSearchParams({ log: CUSTOMER.login, pwd: CUSTOMER.password, testcookie: '1' }).toString(),
	});
	await response.arrayBuffer();
	const cookies = response.headers.getSetCookie().map((line) => cookieSchema.parse(line.split(';')[0]));
	const loggedIn = cookies.filter((cookie) => cookie.startsWith('wordpress_logged_in_'));
	if (response.status !== 302 || loggedIn.length === 0) throw new Error(`login of ${CUSTOMER.login} failed: HTTP ${response.status}, no logged-in cookie`);
	return loggedIn.join('; ');
}
