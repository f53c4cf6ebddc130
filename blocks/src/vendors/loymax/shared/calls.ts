/**
 * The Loymax call language: a template is JSON naming the page function to call and its arguments,
 * e.g. `{"call": "lmx.push", "args": [["view", "{CATEGORY_ID}", "{PRODUCT_ID}"]]}` (or a list of up
 * to MAX_CALLS such objects). `{PLACEHOLDER}`s inside argument strings become the event's values as
 * data, so nothing is ever compiled: the storefront runs under a CSP without 'unsafe-eval'. Parsed
 * and validated once; shared by the storefront tracker and the settings preview. The PHP twin that
 * validates on save is plugin/src/Vendors/Loymax/CallLanguage.php: keep the rules in step.
 */
export type Json =
	string | number | boolean | null | Json[] | { [ key: string ]: Json };

export interface Call {
	/** Dotted path of a function reachable from `window`, e.g. `lmx.push`. */
	call: string;
	args: Json[];
}

export type Parsed = { calls: Call[] } | { problem: string };

export const MAX_CALLS = 5;
const MAX_DEPTH = 6;
const MAX_SEGMENTS = 8;
const SEGMENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g;
/** Names that turn text into code, or reach the constructors that do. */
const FORBIDDEN = new Set( [
	'eval',
	'Function',
	'constructor',
	'prototype',
	'__proto__',
	'setTimeout',
	'setInterval',
	'execScript',
] );

function pathProblem( path: unknown ): string | null {
	if ( typeof path !== 'string' || path === '' ) {
		return '"call" must be the name of a function on the page, such as "lmx.push".';
	}
	const segments = path.split( '.' );
	if (
		segments.length > MAX_SEGMENTS ||
		! segments.every( ( s ) => SEGMENT.test( s ) )
	) {
		return `"${ path }" is not a function name: use names joined by dots, such as "lmx.push".`;
	}
	const bad = segments.find( ( s ) => FORBIDDEN.has( s ) );
	return bad
		? `"${ path }" uses "${ bad }", which could run text as code; call the tracker's own function instead.`
		: null;
}

function placeholdersOf( value: Json, depth = 0 ): string[] | null {
	if ( depth > MAX_DEPTH ) {
		return null;
	}
	if ( typeof value === 'string' ) {
		return [ ...value.matchAll( PLACEHOLDER ) ].map(
			( m ) => m[ 1 ] ?? ''
		);
	}
	if ( value === null || typeof value !== 'object' ) {
		return [];
	}
	const found: string[] = [];
	for ( const item of Object.values( value ) ) {
		const inner = placeholdersOf( item, depth + 1 );
		if ( ! inner ) {
			return null;
		}
		found.push( ...inner );
	}
	return found;
}

function argsProblem(
	args: unknown,
	allowed: readonly string[]
): string | null {
	if ( ! Array.isArray( args ) ) {
		return '"args" must be a list, such as ["view", "{PRODUCT_ID}"].';
	}
	const used = placeholdersOf( args as Json );
	if ( ! used ) {
		return `"args" nests deeper than ${ MAX_DEPTH } levels.`;
	}
	const unknown = [ ...new Set( used ) ].filter(
		( n ) => ! allowed.includes( n )
	);
	if ( unknown.length === 0 ) {
		return null;
	}
	const here = allowed.length ? `{${ allowed.join( '}, {' ) }}` : 'none';
	return `Unknown placeholder(s) {${ unknown.join( '}, {' ) }}; allowed here: ${ here }.`;
}

function callProblem(
	item: unknown,
	allowed: readonly string[]
): string | null {
	if ( ! item || typeof item !== 'object' || Array.isArray( item ) ) {
		return 'Each call must be an object like {"call": "lmx.push", "args": [...]}.';
	}
	const record = item as Record< string, unknown >;
	const extra = Object.keys( record ).find(
		( k ) => k !== 'call' && k !== 'args'
	);
	if ( extra !== undefined ) {
		return `Unknown key "${ extra }": a call has only "call" and "args".`;
	}
	return (
		argsProblem( record.args ?? [], allowed ) ?? pathProblem( record.call )
	);
}

/**
 * The calls of a template, or why it cannot be used. '' (disabled) gives no calls.
 * @param text    The template as stored.
 * @param allowed Placeholder names this event fills.
 */
export function parseCalls( text: string, allowed: readonly string[] ): Parsed {
	if ( text.trim() === '' ) {
		return { calls: [] };
	}
	let data: unknown;
	try {
		data = JSON.parse( text );
	} catch ( error ) {
		return { problem: `Not valid JSON: ${ ( error as Error ).message }` };
	}
	const items = Array.isArray( data ) ? data : [ data ];
	if ( items.length === 0 || items.length > MAX_CALLS ) {
		return { problem: `A template holds 1 to ${ MAX_CALLS } calls.` };
	}
	for ( const item of items ) {
		const problem = callProblem( item, allowed );
		if ( problem ) {
			return { problem };
		}
	}
	return {
		calls: items.map( ( item: { call: string; args?: Json[] } ) => ( {
			call: item.call,
			args: item.args ?? [],
		} ) ),
	};
}

/**
 * Arguments with every known placeholder replaced by its value, as plain data.
 * @param value  Template arguments.
 * @param values Placeholder name => value; unknown names stay as written.
 */
export function fill< T extends Json >(
	value: T,
	values: Record< string, string >
): T {
	if ( typeof value === 'string' ) {
		return value.replace( PLACEHOLDER, ( match, name: string ) =>
			Object.hasOwn( values, name ) ? ( values[ name ] ?? '' ) : match
		) as T;
	}
	if ( Array.isArray( value ) ) {
		return value.map( ( item ) => fill( item, values ) ) as T;
	}
	if ( value && typeof value === 'object' ) {
		return Object.fromEntries(
			Object.entries( value ).map( ( [ k, v ] ) => [
				k,
				fill( v, values ),
			] )
		) as T;
	}
	return value;
}

/**
 * Calls the named function with its object as `this` (so `queue.push` works) and filled arguments.
 * Throws when the page has no such function (the tracker snippet did not define it).
 * @param call   A parsed call.
 * @param values Placeholder values.
 * @param root   Where names start; the window on the storefront.
 */
export function invoke(
	call: Call,
	values: Record< string, string >,
	root: object = window
): void {
	let self: unknown = root;
	let target: unknown = root;
	for ( const name of call.call.split( '.' ) ) {
		self = target;
		target =
			target === null || target === undefined
				? undefined
				: ( target as Record< string, unknown > )[ name ];
	}
	if ( typeof target !== 'function' ) {
		throw new Error(
			`Loymax call template: ${ call.call } is not a function on this page.`
		);
	}
	( target as ( ...args: Json[] ) => unknown ).apply(
		self,
		fill( call.args, values )
	);
}
