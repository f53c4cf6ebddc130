/**
 * Bambuser's `purchase` shopper event on the order-received page (fact sheet §10): the page config
 * names the order only on the first view of that page (the plugin's once-only claim), the sidecar
 * answers the event data for the order and its key, and `window._bambuser.track` sends it. This
 * bundle only runs once the visitor's consent for Bambuser is granted (storefront/consent.ts).
 */
import type { PurchaseClaim } from './types';

type Track = ( event: 'purchase', data: unknown ) => void;

/** Bambuser's tracking library defines `window._bambuser`; waits up to 10 s for it. */
const WAIT_MS = 10_000;
const POLL_MS = 200;

function tracker(): Promise< Track | null > {
	const deadline = Date.now() + WAIT_MS;
	return new Promise( ( resolve ) => {
		const look = () => {
			const track = window._bambuser?.track;
			if ( typeof track === 'function' ) {
				resolve( ( event, data ) =>
					track.call( window._bambuser, event, data )
				);
			} else if ( Date.now() > deadline ) {
				resolve( null );
			} else {
				window.setTimeout( look, POLL_MS );
			}
		};
		look();
	} );
}

/**
 * Sends the claimed order's purchase event once.
 * @param claim    The order and its key, from the page config.
 * @param proxyUrl The plugin's proxy base (`…/commerce-bridge/`).
 */
export async function trackPurchase(
	claim: PurchaseClaim,
	proxyUrl: string
): Promise< void > {
	const track = await tracker();
	if ( ! track ) {
		return;
	}
	const query = new URLSearchParams( {
		order: String( claim.id ),
		key: claim.key,
	} );
	const response = await fetch( `${ proxyUrl }bambuser/purchase?${ query }`, {
		credentials: 'same-origin',
		headers: { Accept: 'application/json' },
	} );
	if ( response.ok ) {
		track( 'purchase', await response.json() );
	}
}
