/**
 * Belco bootstrap. The page carries only shopId (cacheable); identity, hash and cart are fetched
 * from the uncached widget route, then the widget is loaded and initialised manually (fact sheet
 * §1.2). After every cart change made on the page the route is asked again and the new config is
 * pushed with `Belco.sync` (its signature is undocumented; the next page's `init` carries the cart
 * anyway).
 */
import { bootVendor, type StorefrontEvent } from '../storefront/client';
import { installBelco, type BelcoConfig } from './belco/loader';
import { fetchWidgetConfig } from './belco/widget-config';

declare global {
	interface CommerceBridgeVendorConfigs {
		belco: { shopId: string };
	}
}

/**
 * A cart change the first answer does not already reflect (server-queued changes are in it).
 * @param event A storefront event.
 */
function changesCart( event: StorefrontEvent ): boolean {
	return (
		event.type === 'cartChanged' &&
		event.source !== 'server' &&
		event.source !== 'form'
	);
}

bootVendor( 'belco', ( { shopId }, events ) => {
	if ( ! shopId ) {
		return;
	}
	const belco = installBelco( window );
	const configFor = async (): Promise< BelcoConfig | null > => {
		const answer = await fetchWidgetConfig();
		return answer?.show ? { ...answer.config, shopId } : null;
	};
	// Settles once init has run (never if the widget script cannot load): syncs wait for it.
	let chain = configFor().then(
		( config ) =>
			config !== null &&
			new Promise< boolean >( ( resolve ) =>
				belco.load( () => {
					belco.init( config );
					resolve( true );
				} )
			)
	);
	// One pending re-sync at a time: a burst of events costs one request.
	let pending = false;
	events.subscribe( ( event ) => {
		if ( ! changesCart( event ) || pending ) {
			return;
		}
		pending = true;
		chain = chain.then( async ( shown ) => {
			pending = false;
			const config = shown ? await configFor() : null;
			if ( config ) {
				belco.sync( config );
			}
			return shown;
		} );
	} );
} );
