import { BELCO_TOKEN, belcoApp, type BelcoApp, fixtureRows } from './belco-app';

describe.each([{ hpos: true }, { hpos: false }])('Belco customer frame (hpos: $hpos)', ({ hpos }) => {
	let sidecar: BelcoApp;
	beforeAll(async () => (sidecar = await belcoApp({ hpos })));
	afterAll(() => sidecar.close());

	const frame = (email: string) => sidecar.get(`/commerce-bridge/belco/frame?token=${BELCO_TOKEN}&email=${encodeURIComponent(email)}`);

	test('a customer card: name, lifetime value, recent orders with admin links, the open cart', async () => {
		const res = await frame('SANNE.DEVRIES@example.com');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(res.headers['cache-control']).toBe('no-store');
		expect(res.body).toContain('href="http://127.0.0.1:8080/wp-admin/user-edit.php?user_id=2"');
		const latest = (await fixtureRows(`SELECT id FROM shop_wc_orders WHERE customer_id = 2 AND type = 'shop_order' ORDER BY date_created_gmt DESC LIMIT 1`))[0]?.[0];
		const edit = hpos ? `admin.php?page=wc-orders&amp;action=edit&amp;id=${latest}` : `post.php?post=${latest}&amp;action=edit`;
		expect(res.body).toContain(`http://127.0.0.1:8080/wp-admin/${edit}`);
		// Sanne's session cart (fixture README): tote bag, Café Crème mok ×2, a Delfts mok variation.
		expect(res.body).toContain('Canvas Tote Bag &quot;Amsterdam&quot;');
		expect(res.body).toContain('Café Crème mok');
		expect(res.body).toContain('Lifetime value');
	});

	test('it escapes what it prints and resizes its frame for Belco', async () => {
		// Jonas's session cart holds product 67, whose title has an ampersand.
		const title = String((await fixtureRows('SELECT post_title FROM shop_posts WHERE ID = 67'))[0]?.[0]);
		const res = await frame('jonas.mueller@example.de');
		expect(res.statusCode).toBe(200);
		expect(title).toContain('&');
		expect(res.body).toContain(String(title).replaceAll('&', '&amp;'));
		expect(res.body).not.toContain(String(title));
		expect(res.body).toContain("window.parent.postMessage({action:'resize',height:h},'https://app.belco.io')");
		expect(res.body).toContain('ResizeObserver');
		const nonce = /script-src 'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1];
		expect(res.body).toContain(`<script nonce="${nonce}">`);
		expect(res.headers['content-security-policy']).toContain('frame-ancestors https://app.belco.io');
		expect(res.body).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
	});

	test('an unknown e-mail gets a friendly page, its address escaped', async () => {
		const res = await frame(`o'"&co@example.com`);
		expect(res.statusCode).toBe(200);
		expect(res.body).toContain('No customer or order found for o&#39;&quot;&amp;co@example.com');
	});
});
