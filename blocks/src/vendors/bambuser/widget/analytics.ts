/**
 * GA4 ecommerce pushes for cart changes made from a call, tagged with Bambuser's affiliation so its
 * own dataLayer interception does not add or remove the item in the virtual cart a second time
 * (seed, "Affiliation tracking"). Only when the page already has a dataLayer.
 */
import type { CartLine } from './store-api';

export function pushCartChange(
	event: 'add_to_cart' | 'remove_from_cart',
	line: CartLine,
	quantity: number,
	orgId: string
): void {
	const dataLayer = window.dataLayer;
	if ( ! Array.isArray( dataLayer ) || quantity <= 0 ) {
		return;
	}
	const price =
		Number( line.prices.price ) / 10 ** line.prices.currency_minor_unit;
	dataLayer.push( { ecommerce: null } );
	dataLayer.push( {
		event,
		ecommerce: {
			currency: line.prices.currency_code,
			value: price * quantity,
			items: [
				{
					item_id: line.sku || String( line.id ),
					item_name: line.name,
					price,
					quantity,
					affiliation: `Bambuser Calls ${ orgId }`,
				},
			],
		},
	} );
}
