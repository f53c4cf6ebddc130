/**
 * WooCommerce's cart signals in the browser: classic jQuery events and the block cart's DOM events,
 * all triggered on `document.body`.
 */
import { dataOf, pageJQuery } from './jquery';
import { toId } from './queued';
import { isRefreshing } from './cart-ui';
import type { CartChangeReason, StorefrontEvent } from './types';

type Emit = ( event: StorefrontEvent ) => void;

/**
 * WooCommerce fires several signals for one change: `updated_cart_totals` then `updated_wc_div`
 * on a cart-page update, and the mini-cart block re-dispatches classic `added_to_cart` as
 * `wc-blocks_added_to_cart`. One reason is reported once per task; the first (richer) signal wins.
 */
function oncePerTask() {
	const seen = new Set< CartChangeReason >();
	return ( reason: CartChangeReason ): boolean => {
		if ( seen.has( reason ) ) {
			return false;
		}
		if ( seen.size === 0 ) {
			setTimeout( () => seen.clear() );
		}
		seen.add( reason );
		return true;
	};
}

function classicAddOrRemove( reason: CartChangeReason, button: unknown ) {
	const quantity = Number( dataOf( button, 'quantity' ) );
	return {
		type: 'cartChanged' as const,
		reason,
		source: 'classic' as const,
		productId: toId( dataOf( button, 'product_id' ) ),
		quantity: reason === 'added' && quantity > 0 ? quantity : undefined,
	};
}

function listenToClassic(
	emit: Emit,
	claim: ( r: CartChangeReason ) => boolean
) {
	const jQuery = pageJQuery();
	if ( ! jQuery ) {
		return;
	}
	const body = jQuery( document.body );
	const simple: Record< string, CartChangeReason > = {
		wc_cart_emptied: 'emptied',
		updated_wc_div: 'updated',
		updated_cart_totals: 'updated',
		wc_fragments_refreshed: 'refreshed',
	};
	for ( const [ name, reason ] of Object.entries( simple ) ) {
		body.on( name, () => {
			if ( claim( reason ) ) {
				emit( { type: 'cartChanged', reason, source: 'classic' } );
			}
		} );
	}
	// Handler arguments after the event: fragments, cart_hash, $button.
	body.on( 'added_to_cart', ( _event, _fragments, _hash, button ) => {
		if ( claim( 'added' ) ) {
			emit( classicAddOrRemove( 'added', button ) );
		}
	} );
	body.on( 'removed_from_cart', ( _event, _fragments, _hash, button ) => {
		if ( claim( 'removed' ) ) {
			emit( classicAddOrRemove( 'removed', button ) );
		}
	} );
}

function listenToBlocks(
	emit: Emit,
	claim: ( r: CartChangeReason ) => boolean
) {
	const blockEvents: Record< string, CartChangeReason > = {
		'wc-blocks_added_to_cart': 'added',
		'wc-blocks_removed_from_cart': 'removed',
	};
	for ( const [ name, reason ] of Object.entries( blockEvents ) ) {
		document.body.addEventListener( name, () => {
			if ( ! isRefreshing() && claim( reason ) ) {
				emit( { type: 'cartChanged', reason, source: 'blocks' } );
			}
		} );
	}
}

/**
 * Subscribes once to every WooCommerce cart signal present on this page.
 * @param emit The event bus's emit.
 */
export function listenToWooCommerce( emit: Emit ): void {
	const claim = oncePerTask();
	listenToClassic( emit, claim );
	listenToBlocks( emit, claim );
}
