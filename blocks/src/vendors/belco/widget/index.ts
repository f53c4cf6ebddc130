/**
 * Belco bootstrap. The page carries only shopId (cacheable); identity, hash and cart come from the
 * uncached widget route, then the widget is loaded and initialised manually (fact sheet §1.2), and on
 * the order-received page the order is tracked (order-completed.ts). Belco takes the cart only with
 * `init` (§4; `sync`'s signature is undocumented), so after every cart change made on the page the
 * route is asked again and the widget re-initialised with the documented config. The first page without the identity the last one had follows a logout:
 * it calls `Belco.reset()` before `init`, so the next visitor of this browser is not taken for them.
 */
import { bootVendor, type CartChangedEvent } from '../../../storefront/client';
import { installBelco, type BelcoApi } from './loader';
import { trackOrderCompleted } from './order-completed';
import {
	fetchWidgetConfig,
	identifies,
	type WidgetAnswer,
} from './widget-config';

declare global {
	interface CommerceBridgeVendorConfigs {
		belco: { shopId: string };
	}
}

/** localStorage flag: the last config of this browser identified someone (a boolean, nothing personal). */
const IDENTIFIED = 'commerceBridge.belco.identified';

/**
 * A cart change the first answer does not already reflect (server-queued changes are in it).
 * @param event A cart change.
 */
function changesCart( event: CartChangedEvent ): boolean {
	return event.source !== 'server' && event.source !== 'form';
}

/**
 * Records whether this config identifies someone; true when the previous one did and this one does not.
 * @param identified Whether the new config identifies someone.
 */
function lostIdentity( identified: boolean ): boolean {
	try {
		const before = window.localStorage.getItem( IDENTIFIED ) === '1';
		if ( identified ) {
			window.localStorage.setItem( IDENTIFIED, '1' );
		} else {
			window.localStorage.removeItem( IDENTIFIED );
		}
		return before && ! identified;
	} catch {
		return false; // Storage blocked: no reset rather than a reset on every page.
	}
}

function initialise(
	belco: BelcoApi,
	shopId: string,
	answer: Extract< WidgetAnswer, { show: true } >
): void {
	const config = { ...answer.config, shopId };
	if ( lostIdentity( identifies( config ) ) ) {
		belco.reset();
	}
	belco.init( config );
}

bootVendor( 'belco', ( { shopId }, events ) => {
	if ( ! shopId ) {
		return;
	}
	const belco = installBelco( window );
	const shown = async () => {
		const answer = await fetchWidgetConfig();
		return answer?.show ? answer : null;
	};
	// Settles once init has run (never if the widget script cannot load): re-inits wait for it.
	const ready = shown().then(
		( answer ) =>
			answer !== null &&
			new Promise< boolean >( ( resolve ) =>
				belco.load( () => {
					initialise( belco, shopId, answer );
					resolve( true );
				} )
			)
	);
	void ready.then(
		( loaded ) => loaded && trackOrderCompleted( belco, events )
	);
	let chain = ready;
	// One pending re-init at a time: a burst of events costs one request.
	let pending = false;
	events.on( 'cartChanged', ( event ) => {
		if ( ! changesCart( event ) || pending ) {
			return;
		}
		pending = true;
		chain = chain.then( async ( loaded ) => {
			pending = false;
			const answer = loaded ? await shown() : null;
			if ( answer ) {
				initialise( belco, shopId, answer );
			}
			return loaded;
		} );
	} );
} );
