/**
 * WooCommerce's cart in the browser: Store API answers carry the cart itself; classic jQuery signals
 * (AJAX add/remove, the cart page's update form) and widgets that changed the cart their own way
 * only say that it changed, so the cart is then read once from the Store API.
 */
import { pageJQuery } from './jquery';
import { createCartTracker, type CartTracker } from './cart-tracker';
import { observeAnswer, observeStoreApi } from './store-api-observer';
import type { CartChangeSource, CartChangedEvent } from './types';

/** Every classic signal of a cart change (add-to-cart.js, cart.js); one change fires several. */
const CLASSIC_SIGNALS = [
	'added_to_cart',
	'removed_from_cart',
	'updated_wc_div',
	'updated_cart_totals',
	'wc_cart_emptied',
	'item_removed_from_classic_cart',
];

export interface CartSource {
	/** Re-reads the cart; a difference is announced as a change from `source`. */
	reread: ( source: CartChangeSource ) => void;
}

/** WooCommerce's cookie: absent means an empty cart, so the first snapshot needs no request. */
function cartHasItems(): boolean {
	return /(?:^|;\s*)woocommerce_items_in_cart=1/.test( document.cookie );
}

function reader( tracker: CartTracker, fetchCart: () => Promise< Response > ) {
	// Signals fired together (updated_wc_div, updated_cart_totals) cost one read.
	let scheduled: CartChangeSource | undefined;
	return ( source: CartChangeSource | undefined ) => {
		const sequence = tracker.begin();
		if ( source ) {
			tracker.expect( source, sequence );
		}
		if ( scheduled ) {
			return;
		}
		scheduled = source ?? 'blocks';
		setTimeout( () => {
			scheduled = undefined;
			observeAnswer( tracker, tracker.begin(), 'cart', fetchCart() );
		} );
	};
}

function listenToClassic( read: ( source: CartChangeSource ) => void ): void {
	const jQuery = pageJQuery();
	if ( jQuery ) {
		jQuery( document.body ).on( CLASSIC_SIGNALS.join( ' ' ), () =>
			read( 'classic' )
		);
	}
}

/**
 * Starts watching the cart once.
 * @param emit        The event bus's emit.
 * @param storeApiUrl The Store API base (commerceBridge.storeApiUrl), absent outside the shop.
 */
export function listenToWooCommerce(
	emit: ( event: CartChangedEvent ) => void,
	storeApiUrl: string | undefined
): CartSource {
	const tracker = createCartTracker(
		emit,
		cartHasItems() ? undefined : { lines: [] }
	);
	const original = observeStoreApi( window, tracker );
	const fetchCart = () =>
		original.call( window, `${ storeApiUrl }cart`, {
			credentials: 'same-origin',
			cache: 'no-store',
			headers: { Accept: 'application/json' },
		} );
	const read = reader( tracker, fetchCart );
	if ( storeApiUrl && cartHasItems() ) {
		read( undefined );
	}
	if ( storeApiUrl ) {
		listenToClassic( read );
	}
	return { reread: ( source ) => storeApiUrl && read( source ) };
}
