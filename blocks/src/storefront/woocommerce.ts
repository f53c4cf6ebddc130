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
const CLASSIC_SIGNALS =
	'added_to_cart removed_from_cart updated_wc_div updated_cart_totals wc_cart_emptied item_removed_from_classic_cart';

export interface CartSource {
	/** Re-reads the cart; a difference is announced as a change from `source` (made by `origin`). */
	reread: (
		source: CartChangeSource,
		origin?: CommerceBridgeVendorId
	) => void;
}

/** WooCommerce's cookie: absent means an empty cart, so the first snapshot needs no request. */
function cartHasItems(): boolean {
	return /(?:^|;\s*)woocommerce_items_in_cart=1/.test( document.cookie );
}

/**
 * `read(source)`: the cart is read again at the end of this task, and what it shows is attributed to
 * `source` (none: only a baseline). Signals fired together (updated_wc_div, updated_cart_totals)
 * cost one read.
 * @param tracker   The cart tracker.
 * @param fetchCart GET of the Store API cart.
 */
function reader( tracker: CartTracker, fetchCart: () => Promise< Response > ) {
	let scheduled = false;
	return ( source?: CartChangeSource, origin?: CommerceBridgeVendorId ) => {
		if ( source ) {
			tracker.expect( source, tracker.begin(), origin );
		}
		if ( ! scheduled ) {
			scheduled = true;
			setTimeout( () => {
				scheduled = false;
				observeAnswer( tracker, tracker.begin(), 'cart', fetchCart() );
			} );
		}
	};
}

function listenToClassic( read: ( source: CartChangeSource ) => void ): void {
	const jQuery = pageJQuery();
	if ( jQuery ) {
		jQuery( document.body ).on( CLASSIC_SIGNALS, () => read( 'classic' ) );
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
	if ( ! storeApiUrl ) {
		return { reread: () => undefined };
	}
	const tracker = createCartTracker(
		emit,
		cartHasItems() ? undefined : { lines: [] }
	);
	// Our own reads bypass the observer: the reader hands their answers to the tracker itself.
	const original = observeStoreApi( window, tracker );
	const read = reader( tracker, () =>
		original.call( window, `${ storeApiUrl }cart`, {
			credentials: 'same-origin',
			cache: 'no-store',
			headers: { Accept: 'application/json' },
		} )
	);
	if ( cartHasItems() ) {
		afterLoad( () => {
			if ( ! tracker.seen() ) {
				read();
			}
		} );
	}
	listenToClassic( read );
	return { reread: read };
}

/**
 * Runs `task` once the page has loaded and gone idle. The first cart is learnt from WooCommerce's own
 * Store API reads when the page makes them (product and shop pages do): a read of ours beside them
 * would cost a PHP request per page view, and each extra request while WooCommerce saves a session
 * (e.g. the first page after login) is one more chance for two saves to overwrite each other.
 * @param task What to run.
 */
function afterLoad( task: () => void ): void {
	const idle = () =>
		'requestIdleCallback' in window
			? window.requestIdleCallback( task, { timeout: 2000 } )
			: setTimeout( task, 200 );
	if ( document.readyState === 'complete' ) {
		idle();
	} else {
		window.addEventListener( 'load', idle, { once: true } );
	}
}
