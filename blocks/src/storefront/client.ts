/**
 * What vendor bundles import: typed access to the shared event source and page config through
 * their globals. Every bundle is built separately, so importing events.ts here would start a
 * second event source; this module only reads what the storefront bundle published.
 */
import type { CommerceBridgeEvents } from './types';

export type * from './types';

type VendorConfig< V extends CommerceBridgeVendorId > = NonNullable<
	CommerceBridgeConfig[ 'vendors' ][ V ]
>;

/** The shared event source; the storefront script is a dependency of every vendor script. */
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
 * Runs a vendor bootstrap only when the plugin printed that vendor's config and the event source
 * is present: a disabled vendor costs nothing but this check.
 *
 * @param vendor The vendor's id.
 * @param start  The vendor's bootstrap.
 */
export function bootVendor< V extends CommerceBridgeVendorId >(
	vendor: V,
	start: ( config: VendorConfig< V >, events: CommerceBridgeEvents ) => void
): void {
	const config = vendorConfig( vendor );
	const events = storefrontEvents();
	if ( config && events ) {
		start( config, events );
	}
}
