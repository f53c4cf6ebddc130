import { BELCO_TOKEN, belcoApp, type BelcoApp, fixtureRows } from './belco-helper';

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

	test("the open cart shows Jonas's line subtotals as his cart shows them (German VAT), not catalogue prices", async () => {
		const res = await frame('jonas.mueller@example.de');
		const [[session = ''] = []] = await fixtureRows(`SELECT session_value FROM shop_woocommerce_sessions WHERE session_key = '21'`);
		const amounts = (name: string) => [...session.matchAll(new RegExp(`\\\\?"${name}\\\\?";d:([\\d.]+)`, 'g'))].map((m) => Number(m[1]));
		const taxes = amounts('line_subtotal_tax');
		const shown = amounts('line_subtotal').map((net, i) => `€\u00a0${(net + (taxes[i] ?? NaN)).toFixed(2).replace('.', ',')}`);
		expect(shown).toHaveLength(2);
		for (const amount of shown) expect(res.body).toContain(`<td class="n">${amount}</td>`);
		const [[catalogue] = []] = await fixtureRows("SELECT meta_value FROM shop_postmeta WHERE post_id = 110 AND meta_key = '_price'");
		expect(res.body).not.toContain(`€\u00a0${Number(catalogue).toFixed(2).replace('.', ',')}`);
	});

	test('an unknown e-mail gets a friendly page, its address escaped', async () => {
		const res = await frame(`o'"&co@example.com`);
		expect(res.statusCode).toBe(200);
		expect(res.body).toContain('No customer or order found for o&#39;&quot;&amp;co@example.com');
	});
});
