/**
 * One tab per vendor, each with its state badge. Unsaved edits are guarded: switching tab asks first
 * (stay, or discard them), and leaving the page makes the browser ask (beforeunload).
 */
import { Button, Flex, Modal } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { KeyboardEvent } from 'react';

import type { VendorSettings } from './api';
import { StateBadge } from './VendorState';
import { VendorTab } from './VendorTab';

interface VendorTabsProps {
	vendors: VendorSettings[];
	onSaved: ( settings: VendorSettings ) => void;
}

/**
 * While `dirty`, the browser asks before the page is left or reloaded.
 * @param dirty
 */
function useLeaveGuard( dirty: boolean ) {
	useEffect( () => {
		if ( ! dirty ) {
			return undefined;
		}
		const ask = ( event: BeforeUnloadEvent ) => {
			event.preventDefault();
			// Older browsers need returnValue set to ask.
			event.returnValue = '';
		};
		window.addEventListener( 'beforeunload', ask );
		return () => window.removeEventListener( 'beforeunload', ask );
	}, [ dirty ] );
}

function tabId( vendor: string ): string {
	return `commerce-bridge-tab-${ vendor }`;
}

export function VendorTabs( { vendors, onSaved }: VendorTabsProps ) {
	const [ active, setActive ] = useState( vendors[ 0 ]?.id ?? '' );
	const [ dirty, setDirty ] = useState( false );
	const [ pending, setPending ] = useState< string | null >( null );
	const current = vendors.find( ( vendor ) => vendor.id === active );
	useLeaveGuard( dirty );
	const onDirtyChange = useCallback(
		( next: boolean ) => setDirty( next ),
		[]
	);

	const select = ( vendor: string ) => {
		if ( vendor === active ) {
			return;
		}
		if ( dirty ) {
			setPending( vendor );
			return;
		}
		setActive( vendor );
	};
	const discardAndGo = () => {
		setDirty( false );
		setActive( pending ?? active );
		setPending( null );
	};
	const onKeyDown = ( event: KeyboardEvent ) => {
		const step = { ArrowRight: 1, ArrowLeft: -1 }[ event.key ];
		if ( step === undefined ) {
			return;
		}
		const index = vendors.findIndex( ( vendor ) => vendor.id === active );
		const next =
			vendors[ ( index + step + vendors.length ) % vendors.length ];
		if ( next ) {
			select( next.id );
			document.getElementById( tabId( next.id ) )?.focus();
		}
	};

	return (
		<div className="commerce-bridge-tabs">
			<div
				role="tablist"
				aria-label={ __( 'Vendors', 'commerce-bridge' ) }
				className="commerce-bridge-tabs__list"
			>
				{ vendors.map( ( vendor ) => (
					<button
						key={ vendor.id }
						id={ tabId( vendor.id ) }
						type="button"
						role="tab"
						aria-selected={ vendor.id === active }
						aria-controls="commerce-bridge-tabpanel"
						tabIndex={ vendor.id === active ? 0 : -1 }
						className="commerce-bridge-tabs__tab"
						onClick={ () => select( vendor.id ) }
						onKeyDown={ onKeyDown }
					>
						<span className="commerce-bridge-tabs__name">
							{ vendor.label }
						</span>
						<StateBadge state={ vendor.state } />
					</button>
				) ) }
			</div>
			<div
				role="tabpanel"
				id="commerce-bridge-tabpanel"
				aria-labelledby={ tabId( active ) }
				className="commerce-bridge-tabs__panel"
			>
				{ current && (
					<VendorTab
						key={ current.id }
						settings={ current }
						onSaved={ onSaved }
						onDirtyChange={ onDirtyChange }
					/>
				) }
			</div>
			{ pending && current && (
				<Modal
					title={ __(
						'Discard unsaved changes?',
						'commerce-bridge'
					) }
					onRequestClose={ () => setPending( null ) }
					size="small"
				>
					<p>
						{ sprintf(
							/* translators: %s: the vendor's name. */
							__(
								'Your changes to %s are not saved. Going to another tab discards them.',
								'commerce-bridge'
							),
							current.label
						) }
					</p>
					<Flex justify="flex-end" wrap>
						<Button
							variant="tertiary"
							onClick={ () => setPending( null ) }
						>
							{ __( 'Stay and keep editing', 'commerce-bridge' ) }
						</Button>
						<Button
							variant="primary"
							isDestructive
							onClick={ discardAndGo }
						>
							{ __( 'Discard changes', 'commerce-bridge' ) }
						</Button>
					</Flex>
				</Modal>
			) }
		</div>
	);
}
