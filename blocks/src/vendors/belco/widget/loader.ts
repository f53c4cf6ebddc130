/**
 * Belco's loader (seed "Javascript client", fact sheet §1.1) in TypeScript: a dispatcher global
 * whose stub methods queue calls in `_q` until the real widget drains them, and `load(cb)`, which
 * injects the widget script once.
 */

export const BELCO_SCRIPT_URL = '//cdn.belco.io/v2/widget.js';
export const BELCO_SCRIPT_ID = 'belco-js';

/** The stub methods of the current loader, `getConversationId` included. */
export const BELCO_METHODS = [
	'init',
	'sync',
	'track',
	'page',
	'open',
	'close',
	'toggle',
	'on',
	'once',
	'off',
	'anonymousId',
	'customer',
	'reset',
	'sendMessage',
	'getConversationId',
] as const;

export type BelcoMethod = ( typeof BELCO_METHODS )[ number ];

export type BelcoConfig = Record< string, unknown > & { shopId: string };

export interface BelcoApi {
	( method: string, ...args: unknown[] ): unknown;
	_q: unknown[][];
	load: ( callback?: ( event: Event ) => void ) => void;
	init: ( config: BelcoConfig ) => unknown;
	track: ( event: string, properties: Record< string, unknown > ) => unknown;
	reset: () => unknown;
	[ method: string ]: unknown;
}

type BelcoWindow = Window & {
	belcoFunction?: string;
	[ name: string ]: unknown;
};

function insertWidgetScript( onLoad?: ( event: Event ) => void ): void {
	if ( document.getElementById( BELCO_SCRIPT_ID ) ) {
		return;
	}
	const script = document.createElement( 'script' );
	script.async = true;
	script.id = BELCO_SCRIPT_ID;
	script.type = 'text/javascript';
	script.src = BELCO_SCRIPT_URL;
	script.onload = ( event ) => onLoad?.( event );
	const first = document.getElementsByTagName( 'script' )[ 0 ];
	if ( first?.parentNode ) {
		first.parentNode.insertBefore( script, first );
	} else {
		document.head.appendChild( script );
	}
}

function createApi(): BelcoApi {
	const api = function ( method: string, ...args: unknown[] ) {
		const fn = api[ method ];
		if ( typeof fn !== 'function' ) {
			throw new Error( 'Unknown method' );
		}
		return fn.apply( api, args );
	} as BelcoApi;
	api._q = [];
	for ( const method of BELCO_METHODS ) {
		api[ method ] = ( ...args: unknown[] ) => {
			api._q.push( [ method, ...args ] );
			return api;
		};
	}
	api.load = insertWidgetScript;
	return api;
}

/**
 * The Belco global (`window[belcoFunction || 'Belco']`), created once. An existing global (another
 * snippet, or the real widget) is reused, never overwritten with stubs.
 * @param win The page's window.
 */
export function installBelco( win: Window ): BelcoApi {
	const w = win as BelcoWindow;
	const name = w.belcoFunction || 'Belco';
	if ( typeof w[ name ] !== 'function' ) {
		w[ name ] = createApi();
	}
	return w[ name ] as BelcoApi;
}
