/**
 * The one adapter from LoymaxEvent to Loymax: the admin's call template of that kind, filled with
 * string literals and executed after the tracker snippet has run. Once Loymax publishes its call
 * syntax, a typed implementation of `send` can replace the templates without touching callers.
 */
import {
	placeholderValues,
	type LoymaxEvent,
	type TemplateKind,
} from './events';
import { renderTemplate } from './render';

export type Templates = Partial< Record< TemplateKind, string > >;

export interface LoymaxTracker {
	send: ( event: LoymaxEvent ) => void;
}

/** Set and dispatched by the plugin's head script right after the snippet (Loader.php). */
const LOADED_FLAG = 'commerceBridgeLoymaxLoaded';
const LOADED_EVENT = 'commerce-bridge-loymax-loaded';

function run( code: string ): void {
	try {
		// Admin-authored tracker code, like a pasted analytics snippet.
		new Function( code )();
	} catch ( error ) {
		setTimeout( () => {
			throw error;
		} );
	}
}

/**
 * Events are queued until the snippet has run (it normally has: it is printed early in <head> and
 * this bundle is deferred, but optimisers may reorder scripts), then executed in order.
 * @param templates Call templates by kind; a missing or empty one disables that event.
 */
export function createTracker( templates: Templates ): LoymaxTracker {
	const queue: LoymaxEvent[] = [];
	let loaded = false;
	const execute = ( event: LoymaxEvent ) => {
		const template = event.kind === 'visit' ? '' : templates[ event.kind ];
		if ( event.kind !== 'visit' && template ) {
			run( renderTemplate( template, placeholderValues( event ) ) );
		}
	};
	const flush = () => {
		loaded = true;
		queue.splice( 0 ).forEach( execute );
	};
	if ( ( window as unknown as Record< string, unknown > )[ LOADED_FLAG ] ) {
		loaded = true;
	} else {
		window.addEventListener( LOADED_EVENT, flush, { once: true } );
	}
	return {
		send( event ) {
			if ( loaded ) {
				execute( event );
			} else {
				queue.push( event );
			}
		},
	};
}
