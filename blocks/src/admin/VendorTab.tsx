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
import { vendorPanels } from './vendor-panels';

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

/**
 * Messages about fields the form shows stand next to those fields; the notice only points there.
 * @param failure  What the save rejected with.
 * @param messages Its per-field messages.
 * @param settings The vendor's settings.
 */
function failedOutcome(
	failure: unknown,
	messages: Record< string, string >,
	settings: VendorSettings
): Outcome {
	const keys = Object.keys( messages );
	const shown =
		keys.length > 0 &&
		keys.every( ( key ) => key in settings.schema.properties );
	return {
		status: 'error',
		message: shown
			? __(
					'Nothing was saved: see the messages next to the fields.',
					'commerce-bridge'
				)
			: errorMessage( failure, settings.schema ),
	};
}

interface FooterProps {
	dirty: boolean;
	busy: boolean;
	canSave: boolean;
	onDiscard: () => void;
	onSave: () => void;
}

function VendorFooter( {
	dirty,
	busy,
	canSave,
	onDiscard,
	onSave,
}: FooterProps ) {
	return (
		<CardFooter className="commerce-bridge-vendor__footer">
			<span
				className="commerce-bridge-vendor__unsaved"
				aria-live="polite"
			>
				{ dirty
					? __( 'You have unsaved changes.', 'commerce-bridge' )
					: '' }
			</span>
			<Button
				variant="tertiary"
				disabled={ busy || ! dirty }
				accessibleWhenDisabled
				onClick={ onDiscard }
			>
				{ __( 'Discard changes', 'commerce-bridge' ) }
			</Button>
			<Button
				variant="primary"
				isBusy={ busy }
				disabled={ busy || ! canSave }
				accessibleWhenDisabled
				onClick={ onSave }
			>
				{ __( 'Save changes', 'commerce-bridge' ) }
			</Button>
		</CardFooter>
	);
}

function Outcomes( {
	outcomes,
	onRemove,
}: {
	outcomes: Outcome[];
	onRemove: ( outcome: Outcome ) => void;
} ) {
	return outcomes.map( ( outcome ) => (
		<Notice
			key={ outcome.message }
			status={ outcome.status }
			onRemove={ () => onRemove( outcome ) }
		>
			{ outcome.message }
		</Notice>
	) );
}

/**
 * Saving the form: the outcome notices, and the server's per-field messages until that field is edited.
 * @param settings The vendor's settings.
 * @param form     The form state.
 * @param onSaved  Told the saved settings.
 */
function useSave(
	settings: VendorSettings,
	form: ReturnType< typeof useVendorForm >,
	onSaved: ( settings: VendorSettings ) => void
) {
	const [ busy, setBusy ] = useState( false );
	const [ outcomes, setOutcomes ] = useState< Outcome[] >( [] );
	const [ serverProblems, setServerProblems ] = useState<
		Record< string, string >
	>( {} );
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
			const messages = fieldMessages( failure );
			setServerProblems( messages );
			setOutcomes( [ failedOutcome( failure, messages, settings ) ] );
		} finally {
			setBusy( false );
		}
	};
	const forget = ( key: string ) =>
		setServerProblems( ( { [ key ]: _gone, ...rest } ) => rest );
	const remove = ( outcome: Outcome ) =>
		setOutcomes( ( current ) =>
			current.filter( ( item ) => item !== outcome )
		);
	return {
		busy,
		outcomes,
		serverProblems,
		setServerProblems,
		save,
		forget,
		remove,
	};
}

export function VendorTab( {
	settings,
	onSaved,
	onDirtyChange,
}: VendorTabProps ) {
	const form = useVendorForm( settings );
	const saving = useSave( settings, form, onSaved );
	const local = formProblems( settings, form.draft );
	const Extra = vendorPanels[ settings.id ];
	useEffect(
		() => onDirtyChange( form.dirty ),
		[ form.dirty, onDirtyChange ]
	);

	const events = {
		setValue: ( key: string, value: unknown ) => {
			saving.forget( key );
			form.setValue( key, value );
		},
		setSecret: ( key: string, next: string | undefined ) => {
			saving.forget( key );
			form.setSecret( key, next );
		},
		setValidity: form.setValidity,
	};
	const canSave =
		form.invalid.length === 0 &&
		Object.keys( local ).length === 0 &&
		Object.keys( form.changes ).length > 0;

	return (
		<Card className="commerce-bridge-vendor" size="small">
			<CardHeader className="commerce-bridge-vendor__header">
				<h2>{ settings.label }</h2>
				<StateBadge state={ settings.state } />
			</CardHeader>
			<CardBody>
				<Checklist items={ settings.checklist } />
				<Outcomes
					outcomes={ saving.outcomes }
					onRemove={ saving.remove }
				/>
			</CardBody>
			<VendorSections
				key={ form.generation }
				settings={ settings }
				draft={ form.draft }
				problems={ { ...saving.serverProblems, ...local } }
				busy={ saving.busy }
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
			<VendorFooter
				dirty={ form.dirty }
				busy={ saving.busy }
				canSave={ canSave }
				onDiscard={ () => {
					saving.setServerProblems( {} );
					form.reset( settings );
				} }
				onSave={ saving.save }
			/>
		</Card>
	);
}
