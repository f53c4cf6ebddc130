import manifest from '../../../../../plugin/manifest/loymax.json';

/** Each kind's fields and the documented placeholder they fill: the manifest's event list, which the plugin reads too. */
export const FIELDS = manifest.events.kinds;

type Kinds = typeof FIELDS;

/** Event kinds that have a call template (the visit is the loader itself). */
export type TemplateKind = keyof Kinds;

/**
 * The Loymax tracker events (the fact sheet's E1–E9 plus the visit), one typed interface for the
 * whole plugin, derived from the manifest. Ids are ready strings resolved by the server per the id settings.
 */
export type LoymaxEvent =
	| { kind: 'visit' }
	| {
			[ K in TemplateKind ]: { kind: K } & {
				[ F in keyof Kinds[ K ] ]: string;
			};
	  }[ TemplateKind ];

export type LoymaxEventKind = LoymaxEvent[ 'kind' ];

export const TEMPLATE_KINDS = Object.keys( FIELDS ) as TemplateKind[];

function isKind( kind: unknown ): kind is TemplateKind {
	return typeof kind === 'string' && Object.hasOwn( FIELDS, kind );
}

/**
 * A LoymaxEvent from untrusted data (page config, queue, theme code); null unless every field is a
 * non-empty string, because an empty id would file the event under the wrong profile.
 * @param data The candidate event.
 */
export function parseEvent( data: unknown ): LoymaxEvent | null {
	const record = ( data ?? {} ) as Record< string, unknown >;
	if ( ! isKind( record.kind ) ) {
		return null;
	}
	const event: Record< string, string > = { kind: record.kind };
	for ( const field of Object.keys( FIELDS[ record.kind ] ) ) {
		const value = record[ field ];
		if ( typeof value !== 'string' || value === '' ) {
			return null;
		}
		event[ field ] = value;
	}
	return event as LoymaxEvent;
}

/**
 * Placeholder name => value of an event.
 * @param event A template event.
 */
export function placeholderValues(
	event: Exclude< LoymaxEvent, { kind: 'visit' } >
): Record< string, string > {
	const values: Record< string, string > = {};
	const record = event as unknown as Record< string, string >;
	for ( const [ field, name ] of Object.entries( FIELDS[ event.kind ] ) ) {
		values[ name ] = record[ field ] ?? '';
	}
	return values;
}
