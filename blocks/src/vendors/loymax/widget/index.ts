/**
 * Loymax SmartCom bootstrap: executes the page's section events and its product or category view
 * (`productViewed` / `categoryViewed`, with the ids the server resolved), the server-queued ones (`vendorEvent`s: login, registration, form-post cart changes, logout clean-up),
 * the placed order's checkout (`orderPlaced`), browser cart changes and theme events (the helper below and `emitCustom( 'loymax', … )`), through the
 * one template adapter. Publishes the theme helper `window.commerceBridgeLoymax.track( eventName )`.
 */
import {
	bootVendor,
	reportOrder,
	type CommerceBridgeEvents,
} from '../../../storefront/client';
import { parseEvent } from '../shared/events';
import { cartEvents } from './cart';
import { createTracker, type Templates } from './tracker';

declare global {
	interface CommerceBridgeVendorConfigs {
		loymax: {
			shopId: string;
			eventSourceId: string;
			templates: Templates;
			/** The page's section events. */
			events: unknown[];
			ids: ViewIds;
		};
	}
	interface Window {
		commerceBridgeLoymax?: { track: ( eventName: string ) => void };
	}
}

/** Loymax's ids of the page's product or category by WooCommerce id (plugin/src/Vendors/Loymax/PageEvents.php). */
interface ViewIds {
	products?: Record< number, { productId: string; categoryId: string } >;
	categories?: Record< number, { categoryId: string } >;
}

/**
 * The page's product or category view with the server's ids; a view of an id without any (not this
 * page's) lacks the fields, so `send` drops it.
 * @param events The shared event source.
 * @param ids    The page's ids.
 * @param send   Parses one event and sends it when valid.
 */
function views(
	events: CommerceBridgeEvents,
	ids: ViewIds,
	send: ( data: unknown ) => void
): void {
	events.on( 'productViewed', ( event ) =>
		send( { kind: 'product', ...ids.products?.[ event.productId ] } )
	);
	events.on( 'categoryViewed', ( event ) =>
		send( { kind: 'category', ...ids.categories?.[ event.categoryId ] } )
	);
}

/**
 * The report of the order placed (plugin/src/Vendors/Loymax/CheckoutReport.php): its LoymaxEvent data.
 * @param report The shopper route's report.
 */
function checkoutEvents( report: unknown ): unknown[] | null {
	const list = ( report as { events?: unknown } | null )?.events;
	return Array.isArray( list ) ? list : null;
}

/**
 * The roads on which the server and the theme hand over LoymaxEvent data.
 * @param events The shared event source.
 * @param send   Parses one event and sends it when valid.
 */
function subscribe(
	events: CommerceBridgeEvents,
	send: ( data: unknown ) => void
): void {
	// Login, sign-up, form-post cart changes and clean-ups the server queued with resolved ids.
	events.on( 'vendorEvent', ( event ) => {
		if ( event.vendor === 'loymax' ) {
			send( event.payload );
		}
	} );
	// The order-received page's order, once: checkout, then the optional clean-up.
	reportOrder( 'loymax', events, checkoutEvents, ( list ) =>
		list.forEach( send )
	);
	// The documented theme road (docs/vendors/loymax.md): emitCustom( 'loymax', event ), also before
	// this bundle loaded (past events are replayed).
	events.on( 'custom', ( event ) => {
		if ( event.name === 'loymax' ) {
			send( event.payload );
		}
	} );
}

bootVendor( 'loymax', ( config, events ) => {
	const tracker = createTracker( config.templates ?? {} );
	const send = ( data: unknown ) => {
		const parsed = parseEvent( data );
		if ( parsed ) {
			tracker.send( parsed );
		}
	};
	tracker.send( { kind: 'visit' } );
	( config.events ?? [] ).forEach( send );
	// Pages cached before the ids were printed have none.
	views( events, config.ids ?? {}, send );
	subscribe( events, send );
	// Every live change, a vendor widget's too; form posts and server-side changes arrive as queued
	// Loymax events instead (they carry no changed lines).
	events.on( 'cartChanged', ( event ) => {
		if ( event.changes ) {
			cartEvents( event.changes ).forEach( tracker.send );
		}
	} );
	window.commerceBridgeLoymax = {
		track: ( eventName ) => send( { kind: 'custom', eventName } ),
	};
} );
