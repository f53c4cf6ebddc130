/**
 * The agent's virtual cart drives the shopper's native cart (seed; fact sheet §5.1–§5.4, §8.3).
 * Every handler calls its callback exactly once: true, false, or the out-of-stock refusal.
 */
import { pushCartChange } from './analytics';
import type { Catalogue } from './catalogue';
import {
	StoreApiError,
	type Cart,
	type CartLine,
	type StoreApi,
	type VariationChoice,
} from './store-api';
import type {
	BambuserConfig,
	BambuserEmbed,
	CartCallback,
	CartCallbackResult,
} from './types';

const OUT_OF_STOCK = [
	'woocommerce_rest_product_out_of_stock',
	'woocommerce_rest_product_partially_out_of_stock',
];

interface Target {
	id: number;
	/** Values for the variation's "any" attributes (`attribute_pa_size` = `small`). */
	variation: VariationChoice[];
	shown: Array< { attribute: string; name: string } >;
}

export interface CartDeps {
	store: StoreApi;
	catalogue: Catalogue;
	config: BambuserConfig;
	refreshCartUi: () => void;
}

function outcome( error: unknown ): CartCallbackResult {
	return error instanceof StoreApiError && OUT_OF_STOCK.includes( error.code )
		? { success: false, reason: 'out-of-stock' }
		: false;
}

/**
 * The native line of a target. Lines of one "any" variation differ by the chosen values, which the
 * Store API shows by name (term name for `pa_` attributes): names come from the catalogue.
 * @param cart   The cart.
 * @param wanted What the sku points to, with the names of its chosen values.
 */
function lineOf( cart: Cart, wanted: Target ): CartLine | undefined {
	return cart.items.find(
		( line ) =>
			line.id === wanted.id &&
			wanted.shown.every( ( { attribute, name } ) =>
				line.variation.some(
					( v ) =>
						v.raw_attribute === attribute &&
						// The Store API escapes the shown value as HTML.
						v.value.replace( /&amp;/g, '&' ) === name
				)
			)
	);
}

/**
 * The shown names of a sku's chosen values (`attribute_pa_size=small` → "Small").
 * @param id        Variation id.
 * @param variation The chosen values.
 * @param catalogue Catalogue client.
 */
async function shownNames(
	id: number,
	variation: VariationChoice[],
	catalogue: Catalogue
): Promise< Target[ 'shown' ] > {
	if ( variation.length === 0 ) {
		return [];
	}
	const product = ( await catalogue.lookup( { ids: String( id ) } ) )
		.products[ 0 ];
	return variation.map( ( { attribute, value } ) => {
		const options = product?.attributes.find(
			( a ) => `attribute_${ a.id }` === attribute
		)?.options;
		const name = options?.find( ( o ) => o.id === value )?.name ?? value;
		return { attribute, name };
	} );
}

/**
 * The sku we hand out in hydration is the product or variation id, optionally with the values of
 * "any" attributes (`24|attribute_pa_size=large`); anything else is the shop's SKU, resolved through the catalogue.
 * @param sku       What Bambuser sent.
 * @param catalogue Catalogue client.
 */
async function target( sku: string, catalogue: Catalogue ): Promise< Target > {
	const match = /^(\d{1,19})(?:\|(.+))?$/.exec( sku.trim() );
	if ( match ) {
		const id = Number( match[ 1 ] );
		const variation = [ ...new URLSearchParams( match[ 2 ] ?? '' ) ].map(
			( [ attribute, value ] ) => ( { attribute, value } )
		);
		return {
			id,
			variation,
			shown: await shownNames( id, variation, catalogue ),
		};
	}
	const product = await catalogue.resolve( sku );
	const variation =
		product?.variations.find( ( v ) => v.realSku === sku ) ??
		product?.variations[ product.defaultVariationIndex ];
	if ( ! variation ) {
		throw new Error( `Unknown sku ${ sku }` );
	}
	return { id: variation.id, variation: [], shown: [] };
}

export function handleCart( embed: BambuserEmbed, deps: CartDeps ): void {
	const { store, catalogue, config } = deps;
	let queue: Promise< unknown > = Promise.resolve();

	// One cart change at a time: agents click fast and Store API writes race on the same session.
	const settle = (
		callback: CartCallback,
		change: () => Promise< void >
	) => {
		queue = queue.then( change ).then(
			() => {
				deps.refreshCartUi();
				callback( true );
			},
			( error: unknown ) => callback( outcome( error ) )
		);
	};

	const add = async ( item: Target, quantity: number ) => {
		const cart = await store.addItem( item.id, quantity, item.variation );
		const line = lineOf( cart, item );
		if ( line ) {
			pushCartChange( 'add_to_cart', line, quantity, config.orgId );
		}
	};

	embed.on( 'should-add-item-to-cart', ( item, callback ) =>
		settle( callback, async () =>
			add( await target( item.sku, catalogue ), 1 )
		)
	);

	// Applies the widget's change (quantity − previousQuantity) to the native line, so units the
	// shopper had before the call stay; an item missing from the native cart is added in full.
	embed.on( 'should-update-item-in-cart', ( item, callback ) =>
		settle( callback, async () => {
			const wanted = await target( item.sku, catalogue );
			const line = lineOf( await store.cart(), wanted );
			if ( ! line ) {
				return item.quantity > 0
					? add( wanted, item.quantity )
					: undefined;
			}
			const next =
				line.quantity +
				item.quantity -
				( item.previousQuantity ?? line.quantity );
			if ( next <= 0 ) {
				await store.removeItem( line.key );
				pushCartChange(
					'remove_from_cart',
					line,
					line.quantity,
					config.orgId
				);
			} else if ( next !== line.quantity ) {
				await store.updateItem( line.key, next );
				const event =
					next > line.quantity ? 'add_to_cart' : 'remove_from_cart';
				pushCartChange(
					event,
					line,
					Math.abs( next - line.quantity ),
					config.orgId
				);
			}
		} )
	);

	// Registering this handler is what makes the widget show its Checkout button.
	embed.on( 'goto-checkout', () => {
		if ( config.checkoutMode === 'new-tab' ) {
			window.open( config.checkoutUrl, '_blank' );
		} else {
			embed.floatAbove( config.checkoutUrl );
		}
	} );
}
