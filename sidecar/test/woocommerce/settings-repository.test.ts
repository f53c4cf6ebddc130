import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { build } from '../helper';
import { privateDatabase, TEST_PREFIX } from '../stack';

const phpSerialize = (expression: string) => execFileSync('php', ['-r', `echo serialize(${expression});`]).toString('utf8');

describe('settings repository', () => {
	let app: FastifyInstance;
	let db: Awaited<ReturnType<typeof privateDatabase>>;
	const setOption = (name: string, value: string) =>
		app.mysql.pool.query(
			`INSERT INTO \`${TEST_PREFIX}options\` (option_name, option_value, autoload) VALUES (?, ?, 'auto') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`,
			[name, value],
		);

	beforeAll(async () => {
		db = await privateDatabase();
		app = await build({ env: { DATABASE_URL: db.url } });
	});
	afterAll(async () => {
		await app.close();
		await db.drop();
	});

	// toMatchObject: vendor engineers add keys to the schemas (add, never rename).
	it('answers the contract defaults when the plugin never saved settings', async () => {
		expect(await app.settingsRepository.get('oct8ne')).toMatchObject({ enabled: false, license: '', region: 'eu', apiToken: '' });
		expect(await app.settingsRepository.get('belco')).toMatchObject({ enabled: false, shopId: '', shopSecret: '', ordersToken: '', hashIdentity: 'id' });
		// The plugin's defaults (plugin/manifest/), e.g. booked-call links always open Bambuser.
		expect(await app.settingsRepository.get('bambuser')).toMatchObject({ enabled: false, region: 'eu', triggers: ['connect-link'] });
		expect(await app.settingsRepository.get('settings')).toMatchObject({ sidecarUrl: 'http://127.0.0.1:8787' });
	});

	it('reads PHP-serialized options, keeps extra keys, replaces bad values by defaults, sees changes within 5 s', async () => {
		await setOption('commerce_bridge_belco', phpSerialize(`['enabled' => true, 'shopId' => 'shop-9', 'shopSecret' => 's3cret-ü', 'ordersToken' => 'tok', 'hashIdentity' => 'email', 'widgetColor' => '#ff0']`));
		await setOption('commerce_bridge_loymax', phpSerialize(`['enabled' => '1', 'shopId' => 42, 'feedToken' => 'feed']`));
		await setOption('commerce_bridge_oct8ne', phpSerialize(`['enabled' => true, 'region' => 'mars', 'license' => 'LIC', 'server' => 'https://not-a-host']`));
		await setOption('commerce_bridge_bambuser', 'O:8:"stdClass":0:{}');
		await new Promise((resolve) => setTimeout(resolve, 2100));

		expect(await app.settingsRepository.get('belco')).toMatchObject({ enabled: true, shopId: 'shop-9', shopSecret: 's3cret-ü', ordersToken: 'tok', hashIdentity: 'email', widgetColor: '#ff0' });
		expect(await app.settingsRepository.get('loymax')).toMatchObject({ enabled: true, shopId: '42', eventSourceId: '', feedToken: 'feed' });
		expect(await app.settingsRepository.get('oct8ne')).toMatchObject({ enabled: true, region: 'eu', license: 'LIC', apiToken: '', server: '' });
		expect((await app.settingsRepository.get('bambuser')).enabled).toBe(false);

		// The contract: an admin change is visible within 5 s (the 2 s cache itself is tested in ttl-cache.test.ts).
		await setOption('commerce_bridge_belco', phpSerialize(`['enabled' => false]`));
		const changed = Date.now();
		while (Date.now() - changed < 5000 && (await app.settingsRepository.get('belco')).enabled) await new Promise((r) => setTimeout(r, 100));
		expect(await app.settingsRepository.get('belco')).toMatchObject({ enabled: false, shopId: '' });
	});

	it('reads secrets from the non-autoloaded commerce_bridge_<vendor>_secrets option unless the vendor option still holds them', async () => {
		await setOption('commerce_bridge_oct8ne', phpSerialize(`['enabled' => true, 'license' => 'LIC2']`));
		await setOption('commerce_bridge_oct8ne_secrets', phpSerialize(`['apiToken' => 'moved-token']`));
		await setOption('commerce_bridge_belco', phpSerialize(`['enabled' => true, 'shopId' => 'shop-9']`));
		await setOption('commerce_bridge_belco_secrets', phpSerialize(`['shopSecret' => 'moved-secret', 'ordersToken' => 'moved-orders']`));
		await setOption('commerce_bridge_loymax_secrets', 'not serialized');
		const changed = Date.now();
		while (Date.now() - changed < 5000 && (await app.settingsRepository.get('oct8ne')).apiToken !== 'moved-token') await new Promise((r) => setTimeout(r, 100));

		expect(await app.settingsRepository.get('oct8ne')).toMatchObject({ enabled: true, license: 'LIC2', apiToken: 'moved-token' });
		expect(await app.settingsRepository.get('belco')).toMatchObject({ enabled: true, shopId: 'shop-9', shopSecret: 'moved-secret', ordersToken: 'moved-orders' });

		// Written into the vendor option by a plugin not yet upgraded: that value is the current one.
		await setOption('commerce_bridge_belco', phpSerialize(`['enabled' => true, 'shopId' => 'shop-9', 'ordersToken' => 'rotated-by-old-plugin']`));
		while (Date.now() - changed < 10000 && (await app.settingsRepository.get('belco')).ordersToken !== 'rotated-by-old-plugin') await new Promise((r) => setTimeout(r, 100));
		expect(await app.settingsRepository.get('belco')).toMatchObject({ shopSecret: 'moved-secret', ordersToken: 'rotated-by-old-plugin' });
		// An unreadable secrets option leaves the vendor option's values (here the earlier feed token).
		expect(await app.settingsRepository.get('loymax')).toMatchObject({ enabled: true, feedToken: 'feed' });
	});
});
