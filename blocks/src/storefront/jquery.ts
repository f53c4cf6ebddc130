/**
 * The sliver of jQuery the storefront needs, reached through `window.jQuery` so that no bundle
 * imports (or ships) jQuery: classic WooCommerce themes load it, block themes may not.
 */
export interface JQueryCollection {
	on: ( events: string, handler: ( ...args: unknown[] ) => void ) => unknown;
	trigger: ( event: string ) => unknown;
}

export type JQueryStatic = ( target: unknown ) => JQueryCollection;

export function pageJQuery(): JQueryStatic | undefined {
	const candidate = ( window as { jQuery?: unknown } ).jQuery;
	return typeof candidate === 'function'
		? ( candidate as JQueryStatic )
		: undefined;
}

/**
 * Reads `data-<name>` from the first element of a jQuery collection (WooCommerce's $button).
 * @param collection A jQuery collection, as passed to a handler.
 * @param name       The attribute name without "data-".
 */
export function dataOf(
	collection: unknown,
	name: string
): string | undefined {
	const element = (
		collection as { [ index: number ]: unknown } | null
	 )?.[ 0 ];
	return element instanceof HTMLElement
		? ( element.getAttribute( `data-${ name }` ) ?? undefined )
		: undefined;
}
