/**
 * One vendor's card: its state badge and checklist, the fields in sections, and Save / Discard. Save
 * sends only the changed keys; a 400 puts each field's message next to that field.
 */
import {
	Button,
	Card,
	CardBody,
	CardFooter,
	CardHeader,
	Notice,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage, saveVendorSettings, type VendorSettings } from './api';
import { useVendorForm } from './useVendorForm';
import { formProblems } from './validation';
import { Checklist, StateBadge } from './VendorState';
import { VendorSections } from './VendorSections';
import { vendorPanels } from './vendors';

interface VendorTabProps {
	settings: VendorSettings;
	onSaved: ( settings: VendorSettings ) => void;
	/** Told whenever the form gains or loses unsaved edits. */
	onDirtyChange: ( dirty: boolean ) => void;
}

interface Outcome {
	status: 'success' | 'warning' | 'error';
	message: string;
}

/**
 * Per-field messages of a 400 (rest_invalid_param), empty for other failures.
 * @param failure
 */
function fieldMessages( failure: unknown ): Record< string, string > {
	const rest = ( failure ?? {} ) as {
		code?: string;
		data?: { params?: Record< string, string > };
	};
	return rest.code === 'rest_invalid_param'
		? ( rest.data?.params ?? {} )
		: {};
}

function savedOutcome( saved: VendorSettings ): Outcome[] {
	const outcomes: Outcome[] = [
		{
			status: 'success',
			message: __( 'Settings saved.', 'commerce-bridge' ),
		},
	];
	if ( saved.state === 'incomplete' ) {
		outcomes.push( {
			status: 'warning',
			message: sprintf(
				/* translators: %s: the vendor's name. */
				__(
					'%s is not live yet: see the checklist above.',
					'commerce-bridge'
				),
				saved.label
			),
		} );
	}
	return outcomes;
}

export function VendorTab( {
	settings,
	onSaved,
	onDirtyChange,
}: VendorTabProps ) {
	const form = useVendorForm( settings );
	const [ busy, setBusy ] = useState( false );
	const [ outcomes, setOutcomes ] = useState< Outcome[] >( [] );
	const [ serverProblems, setServerProblems ] = useState<
		Record< string, string >
	>( {} );
	const local = formProblems( settings, form.draft );
	const problems = { ...serverProblems, ...local };
	const Extra = vendorPanels[ settings.id ];

	useEffect(
		() => onDirtyChange( form.dirty ),
		[ form.dirty, onDirtyChange ]
	);

	const save = async () => {
		setBusy( true );
		setOutcomes( [] );
		try {
			const saved = await saveVendorSettings( settings.id, form.changes );
			form.reset( saved );
			onSaved( saved );
			setServerProblems( {} );
			setOutcomes( savedOutcome( saved ) );
		} catch ( failure ) {
			setServerProblems( fieldMessages( failure ) );
			setOutcomes( [
				{
					status: 'error',
					message: errorMessage( failure, settings.schema ),
				},
			] );
		} finally {
			setBusy( false );
		}
	};

	const forget = ( key: string ) =>
		setServerProblems( ( { [ key ]: _gone, ...rest } ) => rest );
	const events = {
		setValue: ( key: string, value: unknown ) => {
			forget( key );
			form.setValue( key, value );
		},
		setSecret: ( key: string, next: string | undefined ) => {
			forget( key );
			form.setSecret( key, next );
		},
		setValidity: form.setValidity,
	};

	return (
		<Card className="commerce-bridge-vendor" size="small">
			<CardHeader className="commerce-bridge-vendor__header">
				<h2>{ settings.label }</h2>
				<StateBadge state={ settings.state } />
			</CardHeader>
			<CardBody>
				<Checklist items={ settings.checklist } />
				{ outcomes.map( ( outcome ) => (
					<Notice
						key={ outcome.message }
						status={ outcome.status }
						onRemove={ () =>
							setOutcomes( ( current ) =>
								current.filter( ( item ) => item !== outcome )
							)
						}
					>
						{ outcome.message }
					</Notice>
				) ) }
			</CardBody>
			<VendorSections
				key={ form.generation }
				settings={ settings }
				draft={ form.draft }
				problems={ problems }
				busy={ busy }
				{ ...events }
				extra={
					Extra && (
						<Extra
							settings={ settings }
							draft={ form.draft.values }
							onSettingsChange={ onSaved }
						/>
					)
				}
			/>
			<CardFooter className="commerce-bridge-vendor__footer">
				<span
					className="commerce-bridge-vendor__unsaved"
					aria-live="polite"
				>
					{ form.dirty
						? __( 'You have unsaved changes.', 'commerce-bridge' )
						: '' }
				</span>
				<Button
					variant="tertiary"
					disabled={ busy || ! form.dirty }
					accessibleWhenDisabled
					onClick={ () => {
						setServerProblems( {} );
						form.reset( settings );
					} }
				>
					{ __( 'Discard changes', 'commerce-bridge' ) }
				</Button>
				<Button
					variant="primary"
					isBusy={ busy }
					disabled={
						busy ||
						form.invalid.length > 0 ||
						Object.keys( local ).length > 0 ||
						Object.keys( form.changes ).length === 0
					}
					accessibleWhenDisabled
					onClick={ save }
				>
					{ __( 'Save changes', 'commerce-bridge' ) }
				</Button>
			</CardFooter>
		</Card>
	);
}
