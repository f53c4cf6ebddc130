/**
 * Loymax SmartCom bootstrap: executes the page's Loymax events (ready ids from the server), the
 * server-queued ones (login, registration, form-post cart changes, logout clean-up), browser cart
 * changes and theme events, through the one template adapter. Publishes the theme helper
 * `window.commerceBridgeLoymax.track( eventName )`.
 */
import { bootVendor } from '../../../storefront/client';
import { parseEvent } from '../shared/events';
import { cartEvents } from './cart';
import { createTracker, type Templates } from './tracker';

/** Queued type and custom-event name whose payload is one LoymaxEvent. */
const CHANNEL = 'loymax';

declare global {
	interface CommerceBridgeVendorConfigs {
		loymax: {
			shopId: string;
			eventSourceId: string;
			templates: Templates;
			events: unknown[];
		};
	}
	interface Window {
		commerceBridgeLoymax?: { track: ( eventName: string ) => void };
	}
}

bootVendor( CHANNEL, ( config, events ) => {
	const tracker = createTracker( config.templates ?? {} );
	tracker.send( { kind: 'visit' } );
	for ( const data of config.events ?? [] ) {
		const event = parseEvent( data );
		if ( event ) {
			tracker.send( event );
		}
	}
	events.on( 'custom', ( event ) => {
		const parsed =
			event.name === CHANNEL ? parseEvent( event.payload ) : null;
		if ( parsed ) {
			tracker.send( parsed );
		}
	} );
	// Every live change, a vendor widget's too; form posts and server-side changes arrive as queued
	// `loymax` events instead (they carry no changed lines).
	events.on( 'cartChanged', ( event ) => {
		if ( event.changes ) {
			cartEvents( event.changes ).forEach( tracker.send );
		}
	} );
	window.commerceBridgeLoymax = {
		track: ( eventName ) =>
			events.emitCustom( CHANNEL, { kind: 'custom', eventName } ),
	};
} );
