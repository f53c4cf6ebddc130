/**
 * The storefront bundle: starts the event source, publishes it for the vendor bundles, and starts
 * the vendors whose bundle ran first (see bootVendor).
 */
import { startStorefrontEvents } from './events';

if ( ! window.commerceBridgeEvents ) {
	const events = startStorefrontEvents( window.commerceBridge );
	window.commerceBridgeEvents = events;
	for ( const start of window.commerceBridgeBoot?.splice( 0 ) ?? [] ) {
		start( events );
	}
}
