/**
 * The visitor's identity, hash, custom data and cart from the plugin's uncached shopper route
 * `GET commerce-bridge/v1/belco/widget` (WidgetEndpoint.php). The page itself only carries shopId.
 */
import { shopperGet } from '../../storefront/client';

export type WidgetAnswer =
	{ show: false } | { show: true; config: Record< string, unknown > };

export function parseWidgetAnswer( value: unknown ): WidgetAnswer | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const answer = value as { show?: unknown; config?: unknown };
	if ( answer.show === false ) {
		return { show: false };
	}
	return answer.show === true &&
		typeof answer.config === 'object' &&
		answer.config !== null
		? { show: true, config: answer.config as Record< string, unknown > }
		: null;
}

/** The caller's answer; null when the route fails. */
export function fetchWidgetConfig(): Promise< WidgetAnswer | null > {
	return shopperGet( 'belco/widget', parseWidgetAnswer );
}
