/** The storefront bundle: starts the event source and publishes it for the vendor bundles. */
import { startStorefrontEvents } from './events';

if ( ! window.commerceBridgeEvents ) {
	window.commerceBridgeEvents = startStorefrontEvents(
		window.commerceBridge
	);
}
