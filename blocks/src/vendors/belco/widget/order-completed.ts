/**
 * Belco's `Order Completed` on the order-received page (fact sheet §2.2): the storefront's `orderPlaced`
 * is reported through the shopper route `order-placed` (storefront/client.ts reportOrder;
 * plugin/src/Vendors/Belco/OrderCompleted.php), which claims the order and answers the event to the
 * first request only; it is tracked with `Belco.track( event, properties )`.
 */
import {
	reportOrder,
	type CommerceBridgeEvents,
} from '../../../storefront/client';
import type { BelcoApi } from './loader';
import { isRecord } from './widget-config';

/** One `Belco.track( event, properties )` call. */
interface BelcoTrack {
	event: string;
	properties: Record< string, unknown >;
}

function parseTrack( report: unknown ): BelcoTrack | null {
	return isRecord( report ) &&
		typeof report.event === 'string' &&
		isRecord( report.properties )
		? { event: report.event, properties: report.properties }
		: null;
}

/**
 * Tracks the placed order once per order. Called once the widget is initialised: Belco tracks events
 * after init, and a page where it never initialises (shop staff, a blocked script) claims nothing.
 * @param belco  The Belco global.
 * @param events The shared event source.
 */
export function trackOrderCompleted(
	belco: BelcoApi,
	events: CommerceBridgeEvents
): void {
	reportOrder( 'belco', events, parseTrack, ( { event, properties } ) =>
		belco.track( event, properties )
	);
}
