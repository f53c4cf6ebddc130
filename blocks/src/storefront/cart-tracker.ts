/**
 * Keeps the last cart the browser saw and emits one `cartChanged` per real change, whatever told us:
 * a Store API answer, or a classic jQuery signal or a widget asking for a re-read. Every signal of
 * one change ends in the same snapshot, so comparing snapshots is what de-duplicates them.
 */
import { diffCarts, reasonOf } from './cart-diff';
import type { CartChangeSource, CartChangedEvent, CartSnapshot } from './types';

export interface CartTracker {
	/** A sequence number for a cart request about to start; answers apply in this order. */
	begin: () => number;
	/**
	 * The cart a request answered (null: no cart in the answer). Answers older than one already
	 * applied are dropped: their cart predates it.
	 */
	settle: ( sequence: number, cart: CartSnapshot | null ) => void;
	/** A signal says the cart changed: the next snapshot from a later request is attributed to it. */
	expect: ( source: CartChangeSource, sequence: number ) => void;
	/** True once a cart is known or a cart request has started (the page's own, e.g. WooCommerce's). */
	seen: () => boolean;
}

/**
 * @param emit    Receives the events.
 * @param initial The cart when the page loaded, if known without asking.
 */
export function createCartTracker(
	emit: ( event: CartChangedEvent ) => void,
	initial?: CartSnapshot
): CartTracker {
	let known = initial;
	let sequence = 0;
	let applied = 0;
	let pending: { source: CartChangeSource; from: number } | undefined;

	return {
		begin: () => ++sequence,
		seen: () => known !== undefined || sequence > 0,
		expect( source, from ) {
			pending = { source, from };
		},
		settle( at, cart ) {
			if ( ! cart || at < applied ) {
				return;
			}
			applied = at;
			const announced =
				pending && at >= pending.from ? pending : undefined;
			if ( announced ) {
				pending = undefined;
			}
			const source = announced?.source ?? 'blocks';
			const before = known;
			known = cart;
			if ( ! before ) {
				// First sight of the cart: a change only if a signal announced one (its lines unknown).
				if ( announced ) {
					emit( {
						type: 'cartChanged',
						reason: 'updated',
						source,
						cart,
					} );
				}
				return;
			}
			const changes = diffCarts( before, cart );
			const reason = reasonOf( changes, cart );
			if ( reason ) {
				emit( { type: 'cartChanged', reason, source, cart, changes } );
			}
		},
	};
}
