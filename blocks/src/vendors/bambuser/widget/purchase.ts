/**
 * Bambuser's `purchase` shopper event on the order-received page (fact sheet §10): the page config
 * names the order only on the first view of that page (the plugin's once-only claim), the shopper route
 * `shopper/bambuser-purchase` answers the event data for the order and its key (from the sidecar), and
 * `window._bambuser.track` sends it. This bundle only runs once the visitor's consent for Bambuser is
 * granted (storefront/consent.ts).
 */
import { shopperGet } from '../../../storefront/client';
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
 * The purchase event data as the sidecar shapes it (`{purchase, products}`), or null.
 * @param body The route's answer.
 */
function purchaseData( body: unknown ): object | null {
	const data = body as { purchase?: unknown; products?: unknown } | null;
	return typeof data?.purchase === 'object' &&
		data.purchase !== null &&
		Array.isArray( data.products )
		? data
		: null;
}

/**
 * Sends the claimed order's purchase event once.
 * @param claim The order and its key, from the page config.
 */
export async function trackPurchase( claim: PurchaseClaim ): Promise< void > {
	const track = await tracker();
	if ( ! track ) {
		return;
	}
	const data = await shopperGet( 'bambuser-purchase', purchaseData, {
		order: String( claim.id ),
		key: claim.key,
	} );
	if ( data ) {
		track( 'purchase', data );
	}
}
