/** A settings action (save, link-up): busy while it runs, then a dismissible success or error notice. */
import { Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';

import { errorMessage, type SettingsSchema } from './api';

interface Outcome {
	status: 'success' | 'error';
	message: string;
}

/**
 * @param schema Settings schema used to name the field a 400 answer refers to.
 */
export function useAction( schema?: SettingsSchema ) {
	const [ busy, setBusy ] = useState( false );
	const [ outcome, setOutcome ] = useState< Outcome | null >( null );

	/**
	 * Runs `work`, whose result is the success message.
	 * @param work
	 */
	const run = async ( work: () => Promise< string > ) => {
		setBusy( true );
		setOutcome( null );
		try {
			setOutcome( { status: 'success', message: await work() } );
		} catch ( error ) {
			setOutcome( {
				status: 'error',
				message: errorMessage( error, schema ),
			} );
		} finally {
			setBusy( false );
		}
	};

	const notice = outcome && (
		<Notice status={ outcome.status } onRemove={ () => setOutcome( null ) }>
			{ outcome.message }
		</Notice>
	);

	return { busy, run, notice };
}
