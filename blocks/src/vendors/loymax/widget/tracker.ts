/**
 * The one adapter from LoymaxEvent to Loymax: the admin's call template of that kind (the JSON call
 * language of ../shared/calls.ts, parsed once here), invoked with the event's values after the
 * tracker snippet has run. Nothing is compiled, so a CSP without 'unsafe-eval' is enough. Once
 * Loymax publishes its call syntax, a typed implementation of `send` can replace the templates
 * without touching callers.
 */
import { invoke, parseCalls, type Call } from '../shared/calls';
import {
	FIELDS,
	placeholderValues,
	TEMPLATE_KINDS,
	type LoymaxEvent,
	type TemplateKind,
} from '../shared/events';

export type Templates = Partial< Record< TemplateKind, string > >;

export interface LoymaxTracker {
	send: ( event: LoymaxEvent ) => void;
}

/** Set and dispatched by the plugin's head script right after the snippet (Loader.php). */
const LOADED_FLAG = 'commerceBridgeLoymaxLoaded';
const LOADED_EVENT = 'commerce-bridge-loymax-loaded';

/**
 * Errors of the admin's calls are reported, never allowed to stop the next event.
 * @param error
 */
function report( error: unknown ): void {
	setTimeout( () => {
		throw error;
	} );
}

/**
 * Every kind's calls; a template that does not parse (saved before validation, edited in the
 * database) disables its event and is reported once.
 * @param templates Call templates by kind.
 */
export function compile(
	templates: Templates
): Partial< Record< TemplateKind, Call[] > > {
	const compiled: Partial< Record< TemplateKind, Call[] > > = {};
	for ( const kind of TEMPLATE_KINDS ) {
		const parsed = parseCalls(
			templates[ kind ] ?? '',
			Object.values( FIELDS[ kind ] )
		);
		if ( 'problem' in parsed ) {
			report(
				new Error( `Loymax ${ kind } template: ${ parsed.problem }` )
			);
		} else {
			compiled[ kind ] = parsed.calls;
		}
	}
	return compiled;
}

/**
 * Events are queued until the snippet has run (it normally has: it is printed early in <head> and
 * this bundle is deferred, but optimisers may reorder scripts), then executed in order.
 * @param templates Call templates by kind; a missing or empty one disables that event.
 */
export function createTracker( templates: Templates ): LoymaxTracker {
	const calls = compile( templates );
	const queue: LoymaxEvent[] = [];
	let loaded = false;
	const execute = ( event: LoymaxEvent ) => {
		if ( event.kind === 'visit' ) {
			return;
		}
		const values = placeholderValues( event );
		for ( const call of calls[ event.kind ] ?? [] ) {
			try {
				invoke( call, values );
			} catch ( error ) {
				report( error );
			}
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
