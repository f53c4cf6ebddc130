/**
 * Loymax add/remove events of one browser cart change (classic AJAX, cart page, block Cart and
 * Mini-Cart, widgets): the event source hands over the changed lines, each carrying the ids the
 * server resolved per the id settings (`extensions['commerce-bridge'].loymax`, CartLineIds.php).
 */
import type { LineChange } from '../../../storefront/client';
import type { LoymaxEvent } from '../shared/events';

interface LineIds {
	productId: string;
	categoryId: string;
}

function idsOf( change: LineChange ): LineIds | null {
	const ids = change.line.bridge.loymax as Partial< LineIds > | undefined;
	return typeof ids?.productId === 'string' &&
		ids.productId !== '' &&
		typeof ids.categoryId === 'string'
		? { productId: ids.productId, categoryId: ids.categoryId }
		: null;
}

/**
 * A `cartAdd` per line whose quantity went up, a `cartRemove` per line that left the cart; lines
 * without a resolved product id are skipped (an empty id would file the event under no product).
 * @param changes The line changes of one `cartChanged`.
 */
export function cartEvents( changes: LineChange[] ): LoymaxEvent[] {
	const events: LoymaxEvent[] = [];
	for ( const change of changes ) {
		const ids = idsOf( change );
		if ( ! ids ) {
			continue;
		}
		if ( change.after > change.before ) {
			events.push( { kind: 'cartAdd', ...ids } );
		} else if ( change.after === 0 ) {
			events.push( { kind: 'cartRemove', productId: ids.productId } );
		}
	}
	return events;
}
