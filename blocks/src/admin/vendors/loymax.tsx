/**
 * Loymax tab extension: a live preview of the tracker snippet and of what each event's call template
 * executes with sample values, with parse and placeholder checks while the admin types.
 */
import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { FIELDS, TEMPLATE_KINDS } from '../../widgets/loymax/events';
import {
	placeholdersIn,
	renderTemplate,
	syntaxProblem,
} from '../../widgets/loymax/render';
import type { VendorPanelProps } from './index';

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
}

function problems( code: string, allowed: string[] ): string[] {
	const unknown = placeholdersIn( code ).filter(
		( name ) => ! allowed.includes( name )
	);
	const found: string[] = [];
	if ( unknown.length > 0 ) {
		found.push(
			sprintf(
				/* translators: %s: placeholder names. */
				__( 'Unknown placeholders: %s', 'commerce-bridge' ),
				unknown.join( ', ' )
			)
		);
	}
	const rendered = renderTemplate( code, SAMPLES );
	const syntax = syntaxProblem( rendered );
	if ( syntax ) {
		found.push(
			sprintf(
				/* translators: %s: the JavaScript parser's message. */
				__( 'Does not parse as JavaScript: %s', 'commerce-bridge' ),
				syntax
			)
		);
	}
	return found;
}

function Preview( { title, code, values }: PreviewProps ) {
	const trimmed = code.trim();
	const found = trimmed ? problems( trimmed, Object.keys( values ) ) : [];
	return (
		<div className="commerce-bridge-loymax-preview" data-preview={ title }>
			<h4>{ title }</h4>
			{ trimmed ? (
				<pre>{ renderTemplate( trimmed, values ) }</pre>
			) : (
				<p>{ __( 'Disabled (empty).', 'commerce-bridge' ) }</p>
			) }
			{ found.map( ( message ) => (
				<Notice
					key={ message }
					status="warning"
					isDismissible={ false }
				>
					{ message }
				</Notice>
			) ) }
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
					'What the storefront executes, with sample ids. Values are inserted as JavaScript string literals.',
					'commerce-bridge'
				) }
			</p>
			<Preview
				title={ __( 'Tracker snippet (visit)', 'commerce-bridge' ) }
				code={ text( draft.trackerSnippet ) }
				values={ snippetValues }
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
