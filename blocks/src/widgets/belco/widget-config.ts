/**
 * The visitor's identity, hash, custom data and cart from the plugin's uncached widget route
 * (`GET <restUrl>belco/widget`, Cache-Control: no-store). The page itself only carries shopId.
 */

export type WidgetAnswer =
	{ show: false } | { show: true; config: Record< string, unknown > };

function isAnswer( value: unknown ): value is WidgetAnswer {
	if ( typeof value !== 'object' || value === null ) {
		return false;
	}
	const answer = value as { show?: unknown; config?: unknown };
	return (
		answer.show === false ||
		( answer.show === true &&
			typeof answer.config === 'object' &&
			answer.config !== null )
	);
}

/**
 * Fetches the answer with the visitor's cookies; null when the route fails.
 * @param restUrl The plugin's REST base (commerceBridge.restUrl).
 */
export async function fetchWidgetConfig(
	restUrl: string
): Promise< WidgetAnswer | null > {
	try {
		const response = await fetch( `${ restUrl }belco/widget`, {
			credentials: 'same-origin',
			cache: 'no-store',
			headers: { Accept: 'application/json' },
		} );
		const body: unknown = response.ok ? await response.json() : null;
		return isAnswer( body ) ? body : null;
	} catch {
		return null;
	}
}
