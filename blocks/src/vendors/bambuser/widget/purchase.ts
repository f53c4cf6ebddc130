/**
 * Bambuser's `purchase` shopper event on the order-received page (fact sheet §10): once Bambuser's
 * tracking library is there, the storefront's `orderPlaced` is reported through the shopper route
 * `order-placed` (storefront/client.ts reportOrder; plugin/src/Vendors/Bambuser/PurchaseReport.php), which
 * claims the order and answers the event data (from the sidecar) to the first request only, and
 * `window._bambuser.track` sends it. This bundle only runs once the visitor's consent for Bambuser is
 * granted (storefront/consent.ts).
 */
import {
	reportOrder,
	type CommerceBridgeEvents,
} from '../../../storefront/client';

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
 * @param report The route's report.
 */
function purchaseData( report: unknown ): object | null {
	const data = report as { purchase?: unknown; products?: unknown } | null;
	return typeof data?.purchase === 'object' &&
		data.purchase !== null &&
		Array.isArray( data.products )
		? data
		: null;
}

/**
 * Sends the placed order's purchase event once per order; asks for it only once the tracker is there,
 * so an order whose page never got the tracker stays unclaimed.
 * @param events The shared event source.
 */
export async function trackPurchases(
	events: CommerceBridgeEvents
): Promise< void > {
	const track = await tracker();
	if ( track ) {
		reportOrder( 'bambuser', events, purchaseData, ( data ) =>
			track( 'purchase', data )
		);
	}
}
