/**
 * Editor side of "oct8ne agents online / offline". On the site oct8ne shows one of the two links; the
 * editor previews both, each marked with the state it belongs to.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import metadata from './block.json';
import { registerDynamicBlock } from '../../../../editor/register-dynamic-block';

type Show = 'both' | 'online' | 'offline';

type Attributes = {
	show: Show;
	onlineLabel: string;
	offlineLabel: string;
	offlineUrl: string;
};

interface EditProps {
	attributes: Attributes;
	setAttributes: ( changes: Partial< Attributes > ) => void;
}

const FIELD = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true };

function Settings( { attributes, setAttributes }: EditProps ) {
	return (
		<InspectorControls>
			<PanelBody
				title={ __( 'Agents online / offline', 'commerce-bridge' ) }
			>
				<SelectControl< Show >
					{ ...FIELD }
					label={ __( 'Show', 'commerce-bridge' ) }
					value={ attributes.show }
					options={ [
						{
							value: 'both',
							label: __(
								'Online and offline links',
								'commerce-bridge'
							),
						},
						{
							value: 'online',
							label: __(
								'Only while agents are online',
								'commerce-bridge'
							),
						},
						{
							value: 'offline',
							label: __(
								'Only while agents are offline',
								'commerce-bridge'
							),
						},
					] }
					onChange={ ( show ) => setAttributes( { show } ) }
				/>
				<TextControl
					{ ...FIELD }
					label={ __(
						'Online text (opens the chat)',
						'commerce-bridge'
					) }
					value={ attributes.onlineLabel }
					onChange={ ( onlineLabel ) =>
						setAttributes( { onlineLabel } )
					}
				/>
				<TextControl
					{ ...FIELD }
					label={ __( 'Offline text', 'commerce-bridge' ) }
					value={ attributes.offlineLabel }
					onChange={ ( offlineLabel ) =>
						setAttributes( { offlineLabel } )
					}
				/>
				<TextControl
					{ ...FIELD }
					type="url"
					label={ __( 'Offline link (optional)', 'commerce-bridge' ) }
					help={ __(
						"Empty: the offline text opens oct8ne's contact form. A URL (e.g. your contact page): a plain link instead.",
						'commerce-bridge'
					) }
					value={ attributes.offlineUrl }
					onChange={ ( offlineUrl ) =>
						setAttributes( { offlineUrl } )
					}
				/>
			</PanelBody>
		</InspectorControls>
	);
}

function Edit( props: EditProps ) {
	const { show, onlineLabel, offlineLabel, offlineUrl } = props.attributes;
	return (
		<>
			<Settings { ...props } />
			<div { ...useBlockProps() }>
				{ show !== 'offline' && (
					<p>
						<button
							type="button"
							className="oct8ne-widget-on"
							disabled
						>
							{ onlineLabel }
						</button>{ ' ' }
						<em>{ __( '(agents online)', 'commerce-bridge' ) }</em>
					</p>
				) }
				{ show !== 'online' && (
					<p>
						{ offlineUrl ? (
							<a href={ offlineUrl }>{ offlineLabel }</a>
						) : (
							<button
								type="button"
								className="oct8ne-widget-off"
								disabled
							>
								{ offlineLabel }
							</button>
						) }{ ' ' }
						<em>{ __( '(agents offline)', 'commerce-bridge' ) }</em>
					</p>
				) }
			</div>
		</>
	);
}

registerDynamicBlock< Attributes >( metadata, Edit );
