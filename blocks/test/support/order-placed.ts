/**
 * The order-received page of one order, and what the bundles asked the shop's `shopper/order-placed`
 * (answered by the shop stand-in, page.ts, from `shop.reports`).
 */
import { printConfig, type Shop } from './page';

export const ORDER = { orderId: 218, orderKey: 'wc_order_Ab12Cd' };

/** The page config's page on the order-received page of ORDER. */
export const ORDER_RECEIVED = { type: 'order-received', ...ORDER } as const;

/**
 * Prints the page config of ORDER's order-received page with these vendors on.
 * @param vendors The vendors' public configs.
 */
export function printOrderReceived(
	vendors: CommerceBridgeConfig[ 'vendors' ]
): void {
	printConfig( vendors );
	window.commerceBridge!.page = ORDER_RECEIVED;
}

/**
 * The query of every request to `shopper/order-placed`, in order.
 * @param shop The test shop.
 */
export function orderPlacedQueries(
	shop: Shop
): Array< Record< string, string > > {
	return shop.fetch.mock.calls
		.map( ( [ input ] ) => new URL( String( input ) ) )
		.filter( ( url ) => url.pathname.endsWith( '/shopper/order-placed' ) )
		.map( ( url ) => Object.fromEntries( url.searchParams ) );
}
