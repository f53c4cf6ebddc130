/**
 * A vendor's fields in three sections (Connection, Storefront behaviour, Advanced, the last collapsed),
 * each field with its help text and, under it, what is wrong with the value as typed. A field whose
 * `showWhen` does not hold for the values as typed is left out: it would do nothing.
 */
import { PanelBody } from '@wordpress/components';
import { Fragment, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

import type { VendorSettings } from './api';
import { isSecret, secretState, type Draft } from './form';
import { SecretField } from './SecretField';
import { SettingField } from './SettingField';
import { SECTIONS, isShown, sectionOf, type Section } from './validation';

export interface FieldEvents {
	setValue: ( key: string, value: unknown ) => void;
	setSecret: ( key: string, next: string | undefined ) => void;
	setValidity: ( key: string, valid: boolean ) => void;
}

interface SectionsProps extends FieldEvents {
	settings: VendorSettings;
	draft: Draft;
	problems: Record< string, string >;
	busy: boolean;
}

const TITLES: Record< Section, () => string > = {
	connection: () => __( 'Connection', 'commerce-bridge' ),
	storefront: () => __( 'Storefront behaviour', 'commerce-bridge' ),
	advanced: () => __( 'Advanced', 'commerce-bridge' ),
};

function Field( props: SectionsProps & { name: string } ) {
	const { name, settings, draft, problems, busy } = props;
	const property = settings.schema.properties[ name ] ?? {};
	// Labels are the manifest's (translated by the plugin), the switch's included ("Enable oct8ne").
	const label = property.title ?? name;
	const control = isSecret( property ) ? (
		<SecretField
			label={ label }
			property={ property }
			state={ secretState( settings.values[ name ] ) }
			draft={ draft.secrets[ name ] }
			disabled={ busy }
			onChange={ ( next ) => props.setSecret( name, next ) }
		/>
	) : (
		<SettingField
			name={ name }
			property={ property }
			label={ label }
			value={ draft.values[ name ] }
			disabled={ busy }
			onChange={ ( value ) => props.setValue( name, value ) }
			onValidity={ ( valid ) => props.setValidity( name, valid ) }
		/>
	);
	const problem = problems[ name ];
	return (
		<div
			className={ `commerce-bridge-field${ problem ? ' has-problem' : '' }` }
			data-field={ name }
		>
			{ control }
			{ problem && (
				<p className="commerce-bridge-field__problem" role="alert">
					{ problem }
				</p>
			) }
		</div>
	);
}

/**
 * The keys of each section that apply to the form as typed, in the schema's order.
 * @param props The card's settings, draft and problems.
 */
function grouped( props: SectionsProps ): Record< Section, string[] > {
	const { settings, draft, problems } = props;
	const groups: Record< Section, string[] > = {
		connection: [],
		storefront: [],
		advanced: [],
	};
	for ( const [ key, property ] of Object.entries(
		settings.schema.properties
	) ) {
		if ( isShown( property, draft.values, problems[ key ] ) ) {
			const section = sectionOf(
				key,
				property,
				settings.requiredKeys ?? []
			);
			groups[ section ].push( key );
		}
	}
	return groups;
}

function SectionPanel(
	props: SectionsProps & {
		section: Section;
		keys: string[];
		opened?: boolean;
		onToggle?: () => void;
	}
) {
	const { section, keys, opened, onToggle } = props;
	return (
		<PanelBody
			title={ TITLES[ section ]() }
			className={ `commerce-bridge-section commerce-bridge-section--${ section }` }
			opened={ opened }
			onToggle={ onToggle }
		>
			{ keys.map( ( key ) => (
				<Field key={ key } name={ key } { ...props } />
			) ) }
		</PanelBody>
	);
}

/**
 * The sections in order; the vendor's own panel (link-up, URLs, previews) follows the connection.
 * @param props
 */
export function VendorSections( props: SectionsProps & { extra?: ReactNode } ) {
	const [ advancedOpen, setAdvancedOpen ] = useState( false );
	const groups = grouped( props );
	// A problem inside the collapsed section opens it: nothing wrong stays out of sight.
	const advancedProblem = groups.advanced.some(
		( key ) => props.problems[ key ]
	);
	const present = SECTIONS.filter(
		( section ) => groups[ section ].length > 0
	);
	return (
		<>
			{ present.map( ( section ) => (
				<Fragment key={ section }>
					<SectionPanel
						{ ...props }
						section={ section }
						keys={ groups[ section ] }
						{ ...( section === 'advanced' && {
							opened: advancedOpen || advancedProblem,
							onToggle: () => setAdvancedOpen( ! advancedOpen ),
						} ) }
					/>
					{ section === 'connection' && props.extra && (
						<PanelBody
							title={ __( 'Integration', 'commerce-bridge' ) }
							className="commerce-bridge-section commerce-bridge-section--integration"
						>
							{ props.extra }
						</PanelBody>
					) }
				</Fragment>
			) ) }
		</>
	);
}
