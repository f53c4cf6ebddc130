/** How one cart snapshot became the next: per-line quantity changes and the reason they add up to. */
import type { CartChangeReason, CartSnapshot, LineChange } from './types';

/**
 * Lines whose quantity differs, in the order of `after`, then the removed lines in the order of
 * `before`. Lines are matched by cart item key (WooCommerce's hash of product, variation and data).
 * @param before The cart before.
 * @param after  The cart after.
 */
export function diffCarts(
	before: CartSnapshot,
	after: CartSnapshot
): LineChange[] {
	const old = new Map( before.lines.map( ( line ) => [ line.key, line ] ) );
	const changes: LineChange[] = [];
	for ( const line of after.lines ) {
		const previous = old.get( line.key )?.quantity ?? 0;
		if ( previous !== line.quantity ) {
			changes.push( { line, before: previous, after: line.quantity } );
		}
		old.delete( line.key );
	}
	for ( const line of old.values() ) {
		changes.push( { line, before: line.quantity, after: 0 } );
	}
	return changes;
}

/**
 * The reason of a change, or null when nothing changed.
 * @param changes The line changes (see diffCarts).
 * @param after   The cart after.
 */
export function reasonOf(
	changes: LineChange[],
	after: CartSnapshot
): CartChangeReason | null {
	if ( changes.length === 0 ) {
		return null;
	}
	if ( after.lines.length === 0 ) {
		return 'emptied';
	}
	if ( changes.every( ( change ) => change.after > change.before ) ) {
		return 'added';
	}
	return changes.every( ( change ) => change.after === 0 )
		? 'removed'
		: 'updated';
}
