import { identityHeaders } from '../../helper';
import { oct8neStore, type Oct8neStore } from './oct8ne-helper';

/*
 * oct8ne's wishlist in the shop's wishlist: YITH WooCommerce Wishlist's two tables (columns as YITH
 * creates them; YITH itself cannot run here) and the engine option the plugin publishes
 * (Vendors/Oct8ne/WishlistEngine.php). Guests keep using the plugin's table.
 */

const YITH_SQL = `
CREATE TABLE shop_yith_wcwl (ID bigint(20) NOT NULL AUTO_INCREMENT, prod_id bigint(20) NOT NULL, quantity int(11) NOT NULL, user_id bigint(20) DEFAULT NULL, wishlist_id bigint(20) DEFAULT NULL, position int(11) DEFAULT 0, original_price decimal(9,3) DEFAULT NULL, original_currency char(3) DEFAULT NULL, dateadded timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, on_sale tinyint(4) NOT NULL DEFAULT 0, PRIMARY KEY (ID), KEY prod_id (prod_id));
CREATE TABLE shop_yith_wcwl_lists (ID bigint(20) NOT NULL AUTO_INCREMENT, user_id bigint(20) DEFAULT NULL, session_id varchar(255) DEFAULT NULL, wishlist_slug varchar(200) NOT NULL, wishlist_name text, wishlist_token varchar(64) NOT NULL, wishlist_privacy tinyint(1) NOT NULL DEFAULT 0, is_default tinyint(1) NOT NULL DEFAULT 0, dateadded timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, expiration timestamp NULL DEFAULT NULL, PRIMARY KEY (ID), UNIQUE KEY wishlist_token (wishlist_token));
INSERT INTO shop_yith_wcwl_lists (ID, user_id, wishlist_slug, wishlist_token, is_default) VALUES (7, 2, '', 'SANNEDEFAULT', 1), (8, 2, 'gifts', 'SANNEGIFTS00', 0);
INSERT INTO shop_yith_wcwl (prod_id, quantity, user_id, wishlist_id) VALUES (57, 1, 2, 7), (69, 1, 2, 8);
INSERT INTO shop_options (option_name, option_value, autoload) VALUES ('commerce_bridge_oct8ne_wishlist', 'yith', 'on');`;

let store: Oct8neStore;
beforeAll(async () => {
	store = await oct8neStore({ extraSql: YITH_SQL });
});
afterAll(async () => store.close());

async function get(url: string, user: number, session: string) {
	return store.app.inject({ method: 'GET', url, headers: { ...identityHeaders('GET', url, { user, session }), 'sec-fetch-site': 'same-origin' } });
}

const wished = async (user: number, session: string) =>
	((await get('/oct8ne/frame/customerData', user, session)).json() as { wishlist: Array<{ internalId: string }> }).wishlist.map((w) => w.internalId);

const ownRows = async (type: string, key: string) =>
	(await store.query(`SELECT product_id FROM shop_commerce_bridge_wishlist WHERE owner_type = '${type}' AND owner_key = '${key}' ORDER BY id`)).map(([id]) => id);

test('a customer sees and adds to their default YITH list, each product once', async () => {
	expect(await wished(2, '2')).toEqual(['57']);
	for (let i = 0; i < 2; i++) expect((await get('/oct8ne/frame/addToWishList?productIds=14,57,999999', 2, '2')).json()).toEqual({ result: 'true' });
	expect(await store.query('SELECT prod_id, wishlist_id, user_id, quantity FROM shop_yith_wcwl ORDER BY ID')).toEqual([['57', '7', '2', '1'], ['69', '8', '2', '1'], ['14', '7', '2', '1']]);
	expect(await wished(2, '2')).toEqual(['57', '14']);
	expect(await ownRows('user', '2')).toEqual([]);
});

test('a customer without a YITH list gets a default one, as YITH creates it', async () => {
	expect((await get('/oct8ne/frame/addToWishList?productIds=16', 21, '21')).json()).toEqual({ result: 'true' });
	const [[id, token, isDefault] = []] = await store.query('SELECT ID, wishlist_token, is_default FROM shop_yith_wcwl_lists WHERE user_id = 21');
	expect(token).toMatch(/^[A-Z0-9]{12}$/);
	expect(isDefault).toBe('1');
	expect(await store.query(`SELECT prod_id FROM shop_yith_wcwl WHERE wishlist_id = ${id}`)).toEqual([['16']]);
	expect(await wished(21, '21')).toEqual(['16']);
});

test('a guest keeps using the plugin\'s table (the plugin moves it to YITH at login)', async () => {
	const session = 't_0c6e99b22dbaef30e36e979f8c154d';
	expect((await get('/oct8ne/frame/addToWishList?productIds=80', 0, session)).json()).toEqual({ result: 'true' });
	expect(await ownRows('session', session)).toEqual(['80']);
	expect(await wished(0, session)).toEqual(['80']);
	// The plugin's real table (plugin/manifest/tables.sql) has no default: the row carries UTC now, as the plugin writes it.
	const recent = 'created_at BETWEEN UTC_TIMESTAMP() - INTERVAL 60 SECOND AND UTC_TIMESTAMP() + INTERVAL 1 SECOND';
	expect(await store.query(`SELECT ${recent} FROM shop_commerce_bridge_wishlist WHERE owner_key = '${session}'`)).toEqual([['1']]);
});

test('without YITH\'s tables, or when the plugin says otherwise, the plugin\'s table is used again', async () => {
	await store.query("UPDATE shop_options SET option_value = 'commerce-bridge' WHERE option_name = 'commerce_bridge_oct8ne_wishlist'");
	await new Promise((resolve) => setTimeout(resolve, 2100));
	expect(await wished(2, '2')).toEqual([]);
	await store.query("UPDATE shop_options SET option_value = 'yith' WHERE option_name = 'commerce_bridge_oct8ne_wishlist'; DROP TABLE shop_yith_wcwl, shop_yith_wcwl_lists");
	await new Promise((resolve) => setTimeout(resolve, 2100));
	expect((await get('/oct8ne/frame/addToWishList?productIds=14', 2, '2')).json()).toEqual({ result: 'true' });
	expect(await ownRows('user', '2')).toEqual(['14']);
	expect(await wished(2, '2')).toEqual(['14']);
});
