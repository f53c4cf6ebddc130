/**
 * The visitor's identity, hash, custom data and cart from the plugin's uncached shopper route
 * `GET commerce-bridge/v1/shopper/belco-widget` (WidgetEndpoint.php). The page itself only carries shopId.
 */
import { shopperGet } from '../../../storefront/client';

export type WidgetAnswer =
	{ show: false } | { show: true; config: Record< string, unknown > };

export function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
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
		? { show: true, config: value.config }
		: null;
}

/** The caller's answer; null when the route fails. */
export function fetchWidgetConfig(): Promise< WidgetAnswer | null > {
	return shopperGet( 'belco-widget', parseWidgetAnswer );
}

/**
 * Whether a config identifies someone (Belco identifies by id, else by e-mail).
 * @param config A widget config.
 */
export function identifies( config: Record< string, unknown > ): boolean {
	return config.id !== undefined || config.email !== undefined;
}
