/**
 * Loymax tab extension: a live preview of the tracker snippet and of the calls each event's template
 * makes with sample values, checked by the same parser the storefront uses (../shared/calls.ts) while the
 * admin types. Nothing is evaluated.
 */
import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { fill, parseCalls } from '../shared/calls';
import { FIELDS, TEMPLATE_KINDS } from '../shared/events';
import { placeholdersIn, renderTemplate } from '../shared/render';
import type { VendorPanelProps } from '../../../admin/vendor-panels';

const SAMPLES: Record< string, string > = {
	USER_ID: '1001',
	PAGE_NAME: 'action_spring',
	CATEGORY_ID: '18',
	PRODUCT_ID: '14',
	ORDER_ID: '218',
	EVENT_NAME: 'newsletter_subscribe',
};

interface PreviewProps {
	title: string;
	code: string;
	values: Record< string, string >;
	/** The snippet is JavaScript; the event templates are calls. */
	snippet?: boolean;
}

/**
 * The snippet is JavaScript printed by the server: only its placeholders can be checked here.
 * @param code
 * @param values
 */
function snippetPreview( code: string, values: Record< string, string > ) {
	const unknown = placeholdersIn( code ).filter(
		( n ) => ! Object.hasOwn( values, n )
	);
	return {
		text: renderTemplate( code, values ),
		problem: unknown.length
			? sprintf(
					/* translators: %s: placeholder names. */
					__( 'Unknown placeholders: %s', 'commerce-bridge' ),
					unknown.join( ', ' )
				)
			: null,
	};
}

/**
 * A template as the calls it makes, one per line, e.g. `lmx.push(["view","18","14"])`.
 * @param code
 * @param values
 */
function callsPreview( code: string, values: Record< string, string > ) {
	const parsed = parseCalls( code, Object.keys( values ) );
	if ( 'problem' in parsed ) {
		return { text: code, problem: parsed.problem };
	}
	const lines = parsed.calls
		.map( ( call ) => {
			const args = JSON.stringify( fill( call.args, values ) );
			return `${ call.call }(${ args.slice( 1, -1 ) })`;
		} )
		.join( '\n' );
	return { text: lines, problem: null };
}

function Preview( { title, code, values, snippet }: PreviewProps ) {
	const trimmed = code.trim();
	const shown = snippet
		? snippetPreview( trimmed, values )
		: callsPreview( trimmed, values );
	return (
		<div className="commerce-bridge-loymax-preview" data-preview={ title }>
			<h4>{ title }</h4>
			{ trimmed ? (
				<pre>{ shown.text }</pre>
			) : (
				<p>{ __( 'Disabled (empty).', 'commerce-bridge' ) }</p>
			) }
			{ trimmed && shown.problem && (
				<Notice status="warning" isDismissible={ false }>
					{ shown.problem }
				</Notice>
			) }
		</div>
	);
}

function text( value: unknown ): string {
	return typeof value === 'string' ? value : '';
}

export function LoymaxPanel( { draft }: VendorPanelProps ) {
	const snippetValues = {
		SHOP_ID: text( draft.shopId ),
		ESRC_ID: text( draft.eventSourceId ),
	};
	return (
		<section
			aria-label={ __( 'Loymax tracker preview', 'commerce-bridge' ) }
		>
			<h3>{ __( 'Tracker preview', 'commerce-bridge' ) }</h3>
			<p>
				{ __(
					'What the storefront runs, with sample ids: the snippet with its values as JavaScript string literals, then the calls each event makes.',
					'commerce-bridge'
				) }
			</p>
			<Preview
				title={ __( 'Tracker snippet (visit)', 'commerce-bridge' ) }
				code={ text( draft.trackerSnippet ) }
				values={ snippetValues }
				snippet
			/>
			{ TEMPLATE_KINDS.map( ( kind ) => {
				const key = `template${ kind[ 0 ]?.toUpperCase() }${ kind.slice( 1 ) }`;
				const values = Object.fromEntries(
					Object.values( FIELDS[ kind ] ).map( ( name ) => [
						name,
						SAMPLES[ name ] ?? '',
					] )
				);
				return (
					<Preview
						key={ kind }
						title={ kind }
						code={ text( draft[ key ] ) }
						values={ values }
					/>
				);
			} ) }
		</section>
	);
}
