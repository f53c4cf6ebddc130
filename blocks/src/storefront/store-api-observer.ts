/**
 * Reads the cart out of every Store API answer on this page by wrapping `window.fetch` (api-fetch,
 * WooCommerce's interactivity stores and widgets all call it). Requests and answers pass through
 * untouched; the tracker reads a clone.
 */
import { cartFromAnswer, storeApiRoute } from './store-api-cart';
import type { CartTracker } from './cart-tracker';

type Fetch = typeof window.fetch;

type Input = Parameters< Fetch >[ 0 ];

/**
 * A string, a URL or a Request (read by shape: a page may have its own Request polyfill).
 * @param input
 */
function urlOf( input: Input ): string {
	if ( typeof input === 'string' ) {
		return input;
	}
	return 'url' in input ? input.url : String( input );
}

function isWrite( input: Input, init?: RequestInit ): boolean {
	const method =
		init?.method ??
		( typeof input === 'object' && 'method' in input
			? input.method
			: 'GET' );
	return ! [ 'GET', 'HEAD', 'OPTIONS' ].includes( method.toUpperCase() );
}

function observe(
	tracker: CartTracker,
	base: string,
	args: Parameters< Fetch >,
	answer: Promise< Response >
): void {
	const [ input, init ] = args;
	const route = storeApiRoute( urlOf( input ), base );
	if ( ! route ) {
		return;
	}
	const sequence = tracker.begin();
	if ( isWrite( input, init ) ) {
		// A cart write is a change even when the cart before it is not known yet.
		tracker.expect( 'blocks', sequence );
	}
	observeAnswer( tracker, sequence, route, answer );
}

/**
 * Feeds one answer to the tracker once its body is read; failures only cost the observation.
 * @param tracker  The cart tracker.
 * @param sequence The request's sequence number.
 * @param route    The Store API route.
 * @param answer   The pending answer.
 */
export function observeAnswer(
	tracker: CartTracker,
	sequence: number,
	route: string,
	answer: Promise< Response >
): void {
	answer
		.then( ( response ) =>
			response.ok ? response.clone().json() : null
		)
		.then(
			// A failed answer's null body is no cart either.
			( body: unknown ) =>
				tracker.settle( sequence, cartFromAnswer( route, body ) ),
			() => tracker.settle( sequence, null )
		);
}

/**
 * Wraps `win.fetch` once; returns the original, for the event source's own cart reads.
 * @param win     The page's window.
 * @param tracker The cart tracker.
 */
export function observeStoreApi( win: Window, tracker: CartTracker ): Fetch {
	const original = win.fetch;
	win.fetch = function ( ...args ) {
		const answer = original.apply( win, args );
		try {
			observe( tracker, win.location.href, args, answer );
		} catch {
			// Observing must never break the page's request.
		}
		return answer;
	};
	return original;
}
