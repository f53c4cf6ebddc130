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
	/**
	 * A signal says the cart changed: the next snapshot from a later request is attributed to it (and
	 * to the vendor whose widget made the change, when one announced it).
	 */
	expect: (
		source: CartChangeSource,
		sequence: number,
		origin?: CommerceBridgeVendorId
	) => void;
	/** True once a cart is known or a cart request has started (the page's own, e.g. WooCommerce's). */
	seen: () => boolean;
}

interface Announcement {
	source: CartChangeSource;
	/** The first request whose answer may carry the change. */
	from: number;
	origin?: CommerceBridgeVendorId;
}

/**
 * The event for a newly seen cart, or null when nothing changed.
 * @param before    The cart seen before, if any.
 * @param cart      The cart now.
 * @param announced The signal this snapshot answers, if any.
 */
function changeOf(
	before: CartSnapshot | undefined,
	cart: CartSnapshot,
	announced: Announcement | undefined
): CartChangedEvent | null {
	const changes = before && diffCarts( before, cart );
	// First sight of the cart: a change only if a signal announced one (its lines unknown).
	const reason = changes ? reasonOf( changes, cart ) : announced && 'updated';
	return reason
		? {
				type: 'cartChanged',
				reason,
				source: announced?.source ?? 'blocks',
				cart,
				...( changes && { changes } ),
				...( announced?.origin && { origin: announced.origin } ),
			}
		: null;
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
	let pending: Announcement | undefined;

	return {
		begin: () => ++sequence,
		seen: () => known !== undefined || sequence > 0,
		expect( source, from, origin ) {
			pending = { source, from, origin };
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
			const event = changeOf( known, cart, announced );
			known = cart;
			if ( event ) {
				emit( event );
			}
		},
	};
}
