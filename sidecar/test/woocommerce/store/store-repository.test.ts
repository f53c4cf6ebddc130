import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { privateDatabase, POSTS_DATABASE, stackDb, TEST_PREFIX } from '../../stack';

describe('store repository on the fixture', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	it('reads the shop facts', async () => {
		const store = await app.storeRepository.get();
		expect(store).toMatchObject({
			name: 'WooLab Store',
			siteUrl: 'http://127.0.0.1:8080',
			homeUrl: 'http://127.0.0.1:8080',
			uploadsUrl: 'http://127.0.0.1:8080/wp-content/uploads',
			wooCommerceVersion: '10.1.0',
			price: { currency: 'EUR', position: 'left_space', thousandSeparator: '.', decimalSeparator: ',', decimals: 2 },
			pricesIncludeTax: true,
			taxDisplayShop: 'incl',
			taxDisplayCart: 'incl',
			hideOutOfStock: false,
			hposAuthoritative: true,
			timezone: 'Europe/Amsterdam',
			permalinks: { plain: false, trailingSlash: true, productBase: 'product', categoryBase: 'product-category', tagBase: 'product-tag' },
			thumbnail: { width: 300, height: 300, crop: true },
		});
		expect(store.pages).toEqual({
			shop: { id: 5, url: 'http://127.0.0.1:8080/shop/' },
			cart: { id: 6, url: 'http://127.0.0.1:8080/cart/' },
			checkout: { id: 7, url: 'http://127.0.0.1:8080/checkout/' },
			myaccount: { id: 8, url: 'http://127.0.0.1:8080/my-account/' },
		});
	});

	it('formats prices like wc_price() with a no-break space', async () => {
		expect(await app.storeRepository.formatPrice(1234.5)).toBe('€\u00a01.234,50');
		expect(await app.storeRepository.formatPrice(-0.5)).toBe('-€\u00a00,50');
		expect(await app.storeRepository.formatPrice(1234.5, { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
	});

	it('sees posts storage in the posts database', async () => {
		const posts = await build({ env: { DATABASE_URL: stackDb().url(POSTS_DATABASE) } });
		try {
			expect((await posts.storeRepository.get()).hposAuthoritative).toBe(false);
		} finally {
			await posts.close();
		}
	});
});

describe('store repository with plain permalinks, nested pages and an offset timezone', () => {
	it('builds query-string URLs and +HH:MM offsets', async () => {
		const db = await privateDatabase();
		await stackDb().sql(`UPDATE \`${TEST_PREFIX}options\` SET option_value = CASE option_name
			WHEN 'permalink_structure' THEN '' WHEN 'timezone_string' THEN '' WHEN 'gmt_offset' THEN '-3.5'
			WHEN 'woocommerce_thumbnail_image_width' THEN '400' ELSE option_value END;
			INSERT INTO \`${TEST_PREFIX}options\` (option_name, option_value) VALUES ('woocommerce_thumbnail_cropping', 'custom'),
			('woocommerce_thumbnail_cropping_custom_width', '4'), ('woocommerce_thumbnail_cropping_custom_height', '3');`, db.name);
		const app = await build({ env: { DATABASE_URL: db.url } });
		try {
			const store = await app.storeRepository.get();
			expect(store.permalinks.plain).toBe(true);
			expect(store.pages.cart).toEqual({ id: 6, url: 'http://127.0.0.1:8080/?page_id=6' });
			expect(store.timezone).toBe('-03:30');
			expect(store.thumbnail).toEqual({ width: 400, height: 300, crop: true });
		} finally {
			await app.close();
			await db.drop();
		}
	});
});
