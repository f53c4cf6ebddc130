/**
 * oct8ne's sale notification (fact sheet §5.1): on the order-received page, the script URL the plugin
 * built for the order (plugin/src/Vendors/Oct8ne/SaleReport.php), loaded once per order.
 */
import {
	reportOrder,
	type CommerceBridgeEvents,
} from '../../../storefront/client';

/** The element id oct8ne's script looks for. */
const ELEMENT_ID = 'oct8ne-sale-notification';

/**
 * The report's script URL, only on https (the plugin builds it from oct8ne's static host).
 * @param report The shopper route's report.
 */
function saleUrl( report: unknown ): string | null {
	const url = ( report as { url?: unknown } | null )?.url;
	return typeof url === 'string' && url.startsWith( 'https://' ) ? url : null;
}

/**
 * Loads the sale-notification script when the storefront's `orderPlaced` event claimed the order for
 * oct8ne: a reload of the page, or a second tab, gets no URL.
 * @param events The shared event source.
 */
export function notifySale( events: CommerceBridgeEvents ): void {
	reportOrder( 'oct8ne', events, saleUrl, ( url ) => {
		const script = document.createElement( 'script' );
		script.id = ELEMENT_ID;
		script.src = url;
		script.async = true;
		document.body.appendChild( script );
	} );
}
