/**
 * The visitor's identity, hash, custom data and cart from the plugin's uncached shopper route
 * `GET commerce-bridge/v1/shopper/belco-widget` (WidgetEndpoint.php), and the events to track after init.
 * The page itself only carries shopId.
 */
import { shopperGet } from '../../../storefront/client';

/** One `Belco.track(event, properties)` call, e.g. `Order Completed` once per order. */
export interface BelcoTrack {
	event: string;
	properties: Record< string, unknown >;
}

export type WidgetAnswer =
	| { show: false }
	| { show: true; config: Record< string, unknown >; track: BelcoTrack[] };

function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

function parseTrack( value: unknown ): BelcoTrack[] {
	return ( Array.isArray( value ) ? value : [] ).filter(
		( item ): item is BelcoTrack =>
			isRecord( item ) &&
			typeof item.event === 'string' &&
			isRecord( item.properties )
	);
}

export function parseWidgetAnswer( value: unknown ): WidgetAnswer | null {
	if ( ! isRecord( value ) ) {
		return null;
	}
	if ( value.show === false ) {
		return { show: false };
	}
	return value.show === true && isRecord( value.config )
		? { show: true, config: value.config, track: parseTrack( value.track ) }
		: null;
}

/**
 * The caller's answer; null when the route fails. Only the order-received page asks for the events to
 * track (`Order Completed`): the checkout page, leaving, re-inits too and would claim it for nobody.
 */
export function fetchWidgetConfig(): Promise< WidgetAnswer | null > {
	const orderReceived = window.commerceBridge?.page.type === 'order-received';
	return shopperGet(
		'belco-widget',
		parseWidgetAnswer,
		orderReceived ? { orderReceived: '1' } : {}
	);
}

/**
 * Whether a config identifies someone (Belco identifies by id, else by e-mail).
 * @param config A widget config.
 */
export function identifies( config: Record< string, unknown > ): boolean {
	return config.id !== undefined || config.email !== undefined;
}
