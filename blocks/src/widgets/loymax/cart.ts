/**
 * Cart add/remove/clean-up seen in the browser (classic AJAX, mini-cart, block cart): the server's
 * resolved cart lines before and after a change are compared, so every path yields the same ids.
 */
import type { LoymaxEvent } from './events';

interface Line {
	key: string;
	quantity: number;
	productId: string;
	categoryId: string;
}

async function fetchLines( url: string ): Promise< Line[] > {
	const response = await fetch( url, {
		credentials: 'same-origin',
		cache: 'no-store',
		headers: { Accept: 'application/json' },
	} );
	const body = ( await response.json() ) as { lines?: Line[] };
	return response.ok && Array.isArray( body.lines ) ? body.lines : [];
}

/**
 * Events explaining how `before` became `after`.
 * @param before  Lines before the change.
 * @param after   Lines after it.
 * @param emptied WooCommerce reported the cart emptied.
 */
export function cartDiff(
	before: Line[],
	after: Line[],
	emptied: boolean
): LoymaxEvent[] {
	if ( emptied && after.length === 0 && before.length > 0 ) {
		return [ { kind: 'cartClear' } ];
	}
	const old = new Map( before.map( ( line ) => [ line.key, line ] ) );
	const events: LoymaxEvent[] = [];
	for ( const line of after ) {
		if ( line.quantity > ( old.get( line.key )?.quantity ?? 0 ) ) {
			events.push( {
				kind: 'cartAdd',
				categoryId: line.categoryId,
				productId: line.productId,
			} );
		}
		old.delete( line.key );
	}
	for ( const line of old.values() ) {
		events.push( { kind: 'cartRemove', productId: line.productId } );
	}
	return events;
}

/** WooCommerce's cookie: absent means an empty cart, so no request is needed for the first snapshot. */
function cartHasItems(): boolean {
	return /(?:^|;\s*)woocommerce_items_in_cart=1/.test( document.cookie );
}

/**
 * Returns `changed(emptied)`: call it after each cart change; events go to `send`, in order.
 * @param url  The cart lines route.
 * @param send Receives the derived events.
 */
export function watchCart(
	url: string,
	send: ( event: LoymaxEvent ) => void
): ( emptied: boolean ) => void {
	let snapshot: Promise< Line[] > = cartHasItems()
		? fetchLines( url ).catch( () => [] )
		: Promise.resolve( [] );
	return ( emptied ) => {
		// Chained, so overlapping changes are compared one after the other.
		snapshot = snapshot.then( async ( before ) => {
			const after = await fetchLines( url ).catch( () => before );
			cartDiff( before, after, emptied ).forEach( send );
			return after;
		} );
	};
}
