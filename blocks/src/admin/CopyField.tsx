/**
 * A read-only value the owner pastes somewhere else (a vendor URL, a web-server config) with its copy
 * button. The Clipboard API needs a secure context (https or localhost); elsewhere the button says so
 * and the text stays selectable.
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

interface CopyFieldProps {
	label: string;
	value: string;
	help?: string;
	/** Lines of a multi-line value (a textarea); a single line without. */
	rows?: number;
	/** The button's text before copying (default "Copy"). */
	copyLabel?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

function copyText( text: string ): Promise< void > {
	return navigator.clipboard
		? navigator.clipboard.writeText( text )
		: Promise.reject( new Error( 'no clipboard' ) );
}

export function CopyField( {
	label,
	value,
	help,
	rows,
	copyLabel,
}: CopyFieldProps ) {
	const [ state, setState ] = useState< CopyState >( 'idle' );
	const labels: Record< CopyState, string > = {
		idle: copyLabel ?? __( 'Copy', 'commerce-bridge' ),
		copied: __( 'Copied', 'commerce-bridge' ),
		failed: __(
			'Copying is blocked here: select the text and copy it',
			'commerce-bridge'
		),
	};
	const shared = {
		__nextHasNoMarginBottom: true,
		label,
		help,
		value,
		readOnly: true,
		onChange: () => undefined,
	};
	const copy = () =>
		copyText( value ).then(
			() => setState( 'copied' ),
			() => setState( 'failed' )
		);
	return (
		<div className="commerce-bridge-copy-field">
			{ rows ? (
				<TextareaControl { ...shared } rows={ rows } />
			) : (
				<TextControl { ...shared } __next40pxDefaultSize />
			) }
			<Button
				variant="secondary"
				onClick={ copy }
				disabled={ ! value }
				accessibleWhenDisabled
			>
				{ labels[ state ] }
			</Button>
		</div>
	);
}
