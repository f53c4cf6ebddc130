/**
 * The direct path (docs/direct-path.md): the web-server configs that send identity-free vendor calls
 * straight to the sidecar, filled in with this site's sidecar address, read-only with a copy button,
 * and Site Health's verdict on whether the site answers that way.
 */
import {
	Card,
	CardBody,
	CardHeader,
	Notice,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage, fetchDirectPath, type DirectPathStatus } from './api';
import { CopyField } from './CopyField';

type Part = keyof DirectPathStatus[ 'configs' ];
type Server = 'nginx' | 'apache' | 'caddy';

const SERVERS: Array< { value: Server; label: string } > = [
	{ value: 'nginx', label: 'nginx' },
	{ value: 'apache', label: 'Apache 2.4' },
	{ value: 'caddy', label: 'Caddy 2' },
];

/**
 * Where each part of a server's configuration goes, in the order it is shown.
 * @param server
 */
function parts( server: Server ): Array< { part: Part; label: string } > {
	if ( server === 'nginx' ) {
		return [
			{
				part: 'nginxHttp',
				label: __( 'Inside http { }', 'commerce-bridge' ),
			},
			{
				part: 'nginx',
				label: __( "Inside the site's server { }", 'commerce-bridge' ),
			},
		];
	}
	return [
		{
			part: server,
			label:
				server === 'apache'
					? __( "Inside the site's <VirtualHost>", 'commerce-bridge' )
					: __( "Inside the site's block", 'commerce-bridge' ),
		},
	];
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
						{ parts( server ).map( ( { part, label } ) => (
							<CopyField
								key={ part }
								label={ label }
								value={ status.configs[ part ] }
								rows={ part === 'nginxHttp' ? 9 : 14 }
								copyLabel={ __(
									'Copy configuration',
									'commerce-bridge'
								) }
							/>
						) ) }
					</>
				) }
			</CardBody>
		</Card>
	);
}
