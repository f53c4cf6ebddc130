/**
 * What vendor bundles import: typed access to the shared event source, the page config and the
 * shopper-route client through their globals. Every bundle is built separately, so importing
 * events.ts or shopper.ts here would bundle them again (and start a second event source); this
 * module only reads what the storefront bundle published.
 */
import type { CommerceBridgeEvents, StorefrontEventOf } from './types';

export type * from './types';

type VendorConfig< V extends CommerceBridgeVendorId > = NonNullable<
	CommerceBridgeConfig[ 'vendors' ][ V ]
>;

/** The shared event source, once the storefront bundle has run. */
export function storefrontEvents(): CommerceBridgeEvents | undefined {
	return window.commerceBridgeEvents;
}

/**
 * This vendor's public config, or undefined when the vendor is not enabled on this page.
 * @param vendor The vendor's id.
 */
export function vendorConfig< V extends CommerceBridgeVendorId >(
	vendor: V
): VendorConfig< V > | undefined {
	return window.commerceBridge?.vendors[ vendor ] ?? undefined;
}

/**
 * Runs a vendor bootstrap only when the plugin printed that vendor's config: a disabled vendor
 * costs nothing but this check. WordPress loads the storefront bundle first, but optimisers may
 * reorder deferred scripts: a vendor that runs first is queued and started by the storefront bundle.
 * The bootstrap waits for the visitor's consent (storefront/consent.ts).
 *
 * @param vendor The vendor's id.
 * @param start  The vendor's bootstrap.
 */
export function bootVendor< V extends CommerceBridgeVendorId >(
	vendor: V,
	start: ( config: VendorConfig< V >, events: CommerceBridgeEvents ) => void
): void {
	const run = ( events: CommerceBridgeEvents ) => {
		const config = vendorConfig( vendor );
		if ( config ) {
			events.whenAllowed( vendor, () => start( config, events ) );
		}
	};
	const events = storefrontEvents();
	if ( events ) {
		run( events );
	} else {
		( window.commerceBridgeBoot ??= [] ).push( run );
	}
}

/**
 * GET `commerce-bridge/v1/shopper/<what>` as the visitor (storefront/shopper.ts, run by the core);
 * null when the route fails, or before the storefront bundle ran (vendor bootstraps start after it).
 *
 * @param what  What to ask, e.g. "belco-widget".
 * @param parse Validates the body.
 * @param query Query parameters, checked by the route.
 */
export function shopperGet< T >(
	what: string,
	parse: ( body: unknown ) => T | null,
	query: Record< string, string > = {}
): Promise< T | null > {
	return (
		storefrontEvents()?.shopperGet( what, parse, query ) ??
		Promise.resolve( null )
	);
}

/**
 * Reports the order-received page's order for one vendor: on `orderPlaced`, asks the shopper route
 * `order-placed` (plugin/src/Events/OrderPlacedRoute.php), which claims the order for that vendor and
 * answers its report only to the request that claimed it; `send` gets a report `parse` accepted. Called
 * from a vendor bootstrap, i.e. once the visitor's consent allows the vendor.
 *
 * @param vendor The vendor's id.
 * @param events The shared event source.
 * @param parse  Validates the vendor's report.
 * @param send   Hands the report to the vendor.
 */
export function reportOrder< T >(
	vendor: CommerceBridgeVendorId,
	events: CommerceBridgeEvents,
	parse: ( report: unknown ) => T | null,
	send: ( report: T ) => void
): void {
	events.on( 'orderPlaced', ( event: StorefrontEventOf< 'orderPlaced' > ) => {
		void events
			.shopperGet(
				'order-placed',
				( body ) =>
					parse( ( body as { report?: unknown } | null )?.report ),
				{ vendor, order: String( event.orderId ), key: event.orderKey }
			)
			.then( ( report ) => report !== null && send( report ) );
	} );
}
