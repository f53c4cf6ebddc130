/** Events known when the page loads: derived from the page config or queued by the server. */
import type {
	CartChangeReason,
	CartChangeSource,
	PageInfo,
	StorefrontEvent,
} from './types';

type Payload = Record< string, unknown >;

const REASONS: readonly CartChangeReason[] = [
	'added',
	'removed',
	'updated',
	'emptied',
];
const SOURCES: readonly CartChangeSource[] = [
	'classic',
	'blocks',
	'vendor',
	'form',
	'server',
];

/**
 * PHP may encode ids as numbers or numeric strings.
 * @param value A number or numeric string.
 */
export function toId( value: unknown ): number | undefined {
	const id = typeof value === 'string' ? Number( value ) : value;
	return typeof id === 'number' && Number.isInteger( id ) && id > 0
		? id
		: undefined;
}

function oneOf< T extends string >(
	allowed: readonly T[],
	value: unknown
): T | undefined {
	return allowed.find( ( item ) => item === value );
}

function cartChanged( payload: Payload ): StorefrontEvent | null {
	const reason = oneOf( REASONS, payload.reason );
	if ( ! reason ) {
		return null;
	}
	const quantity = Number( payload.quantity );
	return {
		type: 'cartChanged',
		reason,
		productId: toId( payload.productId ),
		variationId: toId( payload.variationId ),
		quantity: Number.isFinite( quantity ) ? quantity : undefined,
		source: oneOf( SOURCES, payload.source ) ?? 'server',
	};
}

/**
 * A parser for an event whose only data is a user id.
 * @param type The event type.
 */
function withId(
	type: 'loggedIn' | 'registered'
): ( payload: Payload ) => StorefrontEvent | null {
	return ( payload ) => {
		const userId = toId( payload.userId );
		return userId === undefined ? null : { type, userId };
	};
}

const parsers: Record<
	string,
	( payload: Payload ) => StorefrontEvent | null
> = {
	cartChanged,
	loggedIn: withId( 'loggedIn' ),
	registered: withId( 'registered' ),
	loggedOut: () => ( { type: 'loggedOut' } ),
	// The page config is the only source of views and of the order placed.
	orderPlaced: () => null,
	pageViewed: () => null,
	productViewed: () => null,
	categoryViewed: () => null,
};

/**
 * Maps one server-queued event to a typed event: known types are validated (null when malformed),
 * unknown types become `custom` events named after their type.
 * @param queued         One entry of `commerceBridge.events`.
 * @param queued.type    The event type.
 * @param queued.payload The event's data.
 */
export function parseQueuedEvent( queued: {
	type: string;
	payload: Payload;
} ): StorefrontEvent | null {
	const payload = queued.payload ?? {};
	const parse = Object.hasOwn( parsers, queued.type )
		? parsers[ queued.type ]
		: undefined;
	return parse
		? parse( payload )
		: { type: 'custom', name: queued.type, payload };
}

/**
 * The page's queued events, in order: an entry whose type names a vendor of this page is that vendor's
 * own event (`vendorEvent`), any other as parseQueuedEvent reads it; malformed ones are dropped.
 * @param queue   `commerceBridge.events`.
 * @param vendors The ids of the vendors on this page (the keys of `commerceBridge.vendors`).
 */
export function eventsFromQueue(
	queue: CommerceBridgeConfig[ 'events' ],
	vendors: readonly string[]
): StorefrontEvent[] {
	return queue
		.map( ( queued ) =>
			vendors.includes( queued.type )
				? {
						type: 'vendorEvent' as const,
						vendor: queued.type as CommerceBridgeVendorId,
						payload: queued.payload ?? {},
					}
				: parseQueuedEvent( queued )
		)
		.filter( ( event ): event is StorefrontEvent => event !== null );
}

/**
 * `pageViewed`, plus `productViewed`/`categoryViewed` when the page is about one, or `orderPlaced` on
 * the order-received page (with the key that proves it).
 * @param page The page config.
 */
export function eventsFromPage( page: PageInfo ): StorefrontEvent[] {
	// PageContext gives each page type only its own id.
	const { productId, categoryId, orderId, orderKey } = page;
	const events: StorefrontEvent[] = [ { type: 'pageViewed', page } ];
	if ( productId ) {
		events.push( { type: 'productViewed', productId } );
	}
	if ( categoryId ) {
		events.push( { type: 'categoryViewed', categoryId } );
	}
	if ( orderId && orderKey ) {
		events.push( { type: 'orderPlaced', orderId, orderKey } );
	}
	return events;
}
