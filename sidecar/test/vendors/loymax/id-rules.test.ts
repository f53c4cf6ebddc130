/**
 * The feeds' ids follow plugin/manifest/loymax.json's id rules (as the plugin's Ids.php does): every mode
 * its settings offer resolves with the sources the sidecar supplies, in the rule's order.
 */
import { categoryId, lineProductId, orderId, productId } from '../../../src/vendors/loymax/ids';
import { readVendorManifest } from '../../../src/vendors/manifest';
import { settingsSchemas } from '../../../src/vendors/settings';

const manifest = readVendorManifest('loymax');
const modes = (setting: string) => Object.keys(manifest.settings[setting]?.choices ?? {});
const settings = (changes: Record<string, string>) => settingsSchemas.loymax.parse(changes);

const product = { id: 14, sku: 'woo-beanie' };
const variation = { id: 41 } as Parameters<typeof productId>[2];

test('each product id mode, with the fallbacks its rule lists', () => {
	const answers = modes('productIdMode').map((mode) => [
		mode,
		productId(settings({ productIdMode: mode }), product, variation),
		productId(settings({ productIdMode: mode }), { id: 15, sku: '' }),
		lineProductId(settings({ productIdMode: mode }), { productId: 15, variationId: 0 }, new Map()),
	]);
	expect(answers).toEqual([
		['parent', '14', '15', '15'],
		['variation', '41', '15', '15'],
		['sku', 'woo-beanie', '15', '15'],
	]);
});

test('each category and order id mode; an unknown stored mode is the default one', () => {
	expect(modes('categoryIdMode').map((mode) => categoryId(settings({ categoryIdMode: mode }), { id: 17, slug: 'clothing' }))).toEqual(['17', 'clothing']);
	expect(modes('orderIdMode').map((mode) => orderId(settings({ orderIdMode: mode }), { id: 243, number: 'NL-243' }))).toEqual(['243', 'NL-243']);
	const unknown = { ...settings({}), productIdMode: 'retired-mode' } as unknown as Parameters<typeof productId>[0];
	expect(productId(unknown, product, variation)).toBe('14');
});
