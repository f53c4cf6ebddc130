/**
 * The direct path (docs/direct-path.md): the web-server configs that send identity-free vendor calls
 * straight to the sidecar, filled in with this site's sidecar address, read-only with a copy button,
 * and Site Health's verdict on whether the site answers that way.
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	SelectControl,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage, fetchDirectPath, type DirectPathStatus } from './api';

type Server = keyof DirectPathStatus[ 'configs' ];

const SERVERS: Array< { value: Server; label: string } > = [
	{ value: 'nginx', label: 'nginx' },
	{ value: 'apache', label: 'Apache 2.4' },
	{ value: 'caddy', label: 'Caddy 2' },
];

/**
 * The Clipboard API needs a secure context (https or localhost); elsewhere the text stays selectable.
 * @param root0
 * @param root0.text
 */
function CopyButton( { text }: { text: string } ) {
	const [ state, setState ] = useState< 'idle' | 'copied' | 'failed' >(
		'idle'
	);
	const copy = () =>
		( navigator.clipboard
			? navigator.clipboard.writeText( text )
			: Promise.reject( new Error( 'no clipboard' ) )
		).then(
			() => setState( 'copied' ),
			() => setState( 'failed' )
		);
	const labels = {
		idle: __( 'Copy configuration', 'commerce-bridge' ),
		copied: __( 'Copied', 'commerce-bridge' ),
		failed: __(
			'Copying is blocked here: select the text and copy it',
			'commerce-bridge'
		),
	};
	return (
		<Button variant="secondary" onClick={ copy }>
			{ labels[ state ] }
		</Button>
	);
}

export function DirectPathPanel() {
	const [ status, setStatus ] = useState< DirectPathStatus | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ server, setServer ] = useState< Server >( 'nginx' );

	useEffect( () => {
		fetchDirectPath().then( setStatus, ( failure: unknown ) =>
			setError( errorMessage( failure ) )
		);
	}, [] );

	return (
		<Card
			as="section"
			className="commerce-bridge-direct-path"
			aria-labelledby="commerce-bridge-direct-path-title"
		>
			<CardHeader>
				<h2 id="commerce-bridge-direct-path-title">
					{ __( 'Direct path', 'commerce-bridge' ) }
				</h2>
			</CardHeader>
			<CardBody>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				{ ! status && ! error && <Spinner /> }
				{ status && (
					<>
						<Notice
							status={ status.active ? 'success' : 'info' }
							isDismissible={ false }
						>
							{ status.message }
						</Notice>
						<SelectControl
							__nextHasNoMarginBottom
							label={ __( 'Web server', 'commerce-bridge' ) }
							value={ server }
							options={ SERVERS }
							onChange={ ( value ) =>
								setServer( value as Server )
							}
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Configuration', 'commerce-bridge' ) }
							value={ status.configs[ server ] }
							readOnly
							rows={ 14 }
							onChange={ () => undefined }
						/>
						<CopyButton text={ status.configs[ server ] } />
					</>
				) }
			</CardBody>
		</Card>
	);
}
