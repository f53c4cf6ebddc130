/**
 * "Verify": the server calls the vendor's public endpoint through the site's own address, as the
 * vendor's platform does (POST settings/<vendor>/verify), and says in plain words what answered.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage } from './api';

/** plugin/src/Vendors/Verifier.php; never holds a token. */
export interface VerifyReport {
	ok: boolean;
	/** HTTP status, 0 when nothing was called or nothing answered. */
	status: number;
	latencyMs: number;
	path: string;
	/** 'early', 'late', 'direct', or '' when Commerce Bridge did not answer. */
	answeredBy: string;
	message: string;
}

function details( report: VerifyReport ): string {
	if ( report.status === 0 ) {
		return report.path;
	}
	return sprintf(
		/* translators: 1: URL path, 2: HTTP status, 3: milliseconds. */
		__( 'GET %1$s → HTTP %2$d in %3$d ms', 'commerce-bridge' ),
		report.path,
		report.status,
		report.latencyMs
	);
}

function ReportNotice( {
	report,
	onRemove,
}: {
	report: VerifyReport;
	onRemove: () => void;
} ) {
	return (
		<Notice
			status={ report.ok ? 'success' : 'error' }
			onRemove={ onRemove }
		>
			<p>{ report.message }</p>
			{ report.path && (
				<p className="commerce-bridge-verify__details">
					{ details( report ) }
				</p>
			) }
		</Notice>
	);
}

export function VerifyAction( { vendor }: { vendor: string } ) {
	const [ busy, setBusy ] = useState( false );
	const [ report, setReport ] = useState< VerifyReport | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	const verify = async () => {
		setBusy( true );
		setError( null );
		try {
			setReport(
				await apiFetch< VerifyReport >( {
					path: `/commerce-bridge/v1/settings/${ vendor }/verify`,
					method: 'POST',
				} )
			);
		} catch ( failure ) {
			setReport( null );
			setError( errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<div className="commerce-bridge-verify">
			<Button
				variant="secondary"
				isBusy={ busy }
				disabled={ busy }
				accessibleWhenDisabled
				onClick={ verify }
			>
				{ __( 'Verify', 'commerce-bridge' ) }
			</Button>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			{ report && (
				<ReportNotice
					report={ report }
					onRemove={ () => setReport( null ) }
				/>
			) }
		</div>
	);
}
