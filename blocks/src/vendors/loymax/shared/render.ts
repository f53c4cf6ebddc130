/**
 * Fills the tracker snippet's {SHOP_ID}/{ESRC_ID} the way Loader.php does on the server (every
 * known {PLACEHOLDER} becomes a JavaScript string literal, in one pass so an inserted value is never
 * scanned again), for the admin preview. Event calls are data, not code: see calls.ts.
 */
const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g;

/**
 * A string literal that stays one literal anywhere: JSON, plus \u escapes for U+2028/2029 (line
 * terminators in older engines) and <, >, & (so it also survives inside an HTML script element).
 * @param value Any text.
 */
export function literal( value: string ): string {
	return JSON.stringify( value ).replace(
		/[<>&\u2028\u2029]/g,
		( char ) =>
			'\\u' + char.charCodeAt( 0 ).toString( 16 ).padStart( 4, '0' )
	);
}

/**
 * @param template Admin-authored snippet.
 * @param values   Placeholder name => value; names not listed stay as they are.
 */
export function renderTemplate(
	template: string,
	values: Record< string, string >
): string {
	return template.replace( PLACEHOLDER, ( match, name: string ) => {
		const value = Object.hasOwn( values, name )
			? values[ name ]
			: undefined;
		return value === undefined ? match : literal( value );
	} );
}

/**
 * Placeholder names used in a template.
 * @param template Admin-authored code.
 */
export function placeholdersIn( template: string ): string[] {
	return [
		...new Set(
			[ ...template.matchAll( PLACEHOLDER ) ].map( ( m ) => m[ 1 ] ?? '' )
		),
	];
}
