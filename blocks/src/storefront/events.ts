/**
 * The one storefront event source (docs/architecture.md, "Commerce events"): it turns the page
 * config, the server-queued events and WooCommerce's cart (Store API answers, classic signals,
 * re-reads asked for by widgets) into typed events, and replays the page's past events to late
 * subscribers, because vendor bundles load deferred and in any order.
 */
import { eventsFromPage, eventsFromQueue } from './queued';
import { listenToWooCommerce } from './woocommerce';
import { refreshCartUi } from './cart-ui';
import { shopperGet } from './shopper';
import { createConsentGate } from './consent';
import type {
	CommerceBridgeEvents,
	StorefrontEvent,
	StorefrontEventHandler,
	StorefrontEventOf,
} from './types';

export interface EventBus {
	emit: ( event: StorefrontEvent ) => void;
	subscribe: ( handler: StorefrontEventHandler ) => () => void;
}

/**
 * A failing subscriber must not starve the others; rethrowing later keeps the error visible.
 * @param handler A subscriber.
 * @param event   The event to hand over.
 */
function deliver( handler: StorefrontEventHandler, event: StorefrontEvent ) {
	try {
		handler( event );
	} catch ( error ) {
		setTimeout( () => {
			throw error;
		} );
	}
}

export function createEventBus(): EventBus {
	const history: StorefrontEvent[] = [];
	const handlers = new Set< StorefrontEventHandler >();

	return {
		emit( event ) {
			history.push( event );
			for ( const handler of [ ...handlers ] ) {
				deliver( handler, event );
			}
		},
		subscribe( handler ) {
			handlers.add( handler );
			for ( const event of history.slice() ) {
				if ( handlers.has( handler ) ) {
					deliver( handler, event );
				}
			}
			return () => {
				handlers.delete( handler );
			};
		},
	};
}

/**
 * Starts every source once and returns the public API published on `window.commerceBridgeEvents`.
 * @param config The page config, absent outside the storefront.
 */
export function startStorefrontEvents(
	config: CommerceBridgeConfig | undefined
): CommerceBridgeEvents {
	const bus = createEventBus();
	if ( config ) {
		eventsFromPage( config.page ).forEach( bus.emit );
		eventsFromQueue( config.events, Object.keys( config.vendors ) ).forEach(
			bus.emit
		);
	}
	const cart = listenToWooCommerce( bus.emit, config?.storeApiUrl );

	return {
		subscribe: bus.subscribe,
		on: ( type, handler ) =>
			bus.subscribe( ( event ) => {
				if ( event.type === type ) {
					handler( event as StorefrontEventOf< typeof type > );
				}
			} ),
		emitCustom: ( name, payload = {} ) =>
			bus.emit( { type: 'custom', name, payload } ),
		refreshCartUi: ( origin ) => {
			cart.reread( 'vendor', origin );
			refreshCartUi();
		},
		shopperGet,
		whenAllowed: createConsentGate( config?.consent ),
	};
}
