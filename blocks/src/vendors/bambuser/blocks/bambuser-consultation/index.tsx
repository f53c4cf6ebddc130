/** Editor side of "Bambuser video consultation": label, queue and trigger in the sidebar. */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import metadata from './block.json';
import { registerDynamicBlock } from '../../../../editor/register-dynamic-block';

type Attributes = {
	label: string;
	queue: string;
	trigger: 'manual' | 'queue-link';
};

interface EditProps {
	attributes: Attributes;
	setAttributes: ( changes: Partial< Attributes > ) => void;
}

function Edit( { attributes, setAttributes }: EditProps ) {
	return (
		<>
			<InspectorControls>
				<PanelBody
					title={ __( 'Video consultation', 'commerce-bridge' ) }
				>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Button text', 'commerce-bridge' ) }
						value={ attributes.label }
						onChange={ ( label ) => setAttributes( { label } ) }
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Queue', 'commerce-bridge' ) }
						help={ __(
							'Name or id of the Bambuser queue; empty for the queue in the settings.',
							'commerce-bridge'
						) }
						value={ attributes.queue }
						onChange={ ( queue ) => setAttributes( { queue } ) }
					/>
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __(
							'Opens the call through',
							'commerce-bridge'
						) }
						help={ __(
							'Button: opens the call in place. Queue link: a link that opens the call for the queue above (needs a queue).',
							'commerce-bridge'
						) }
						value={ attributes.trigger }
						options={ [
							{
								label: __( 'Button', 'commerce-bridge' ),
								value: 'manual',
							},
							{
								label: __( 'Queue link', 'commerce-bridge' ),
								value: 'queue-link',
							},
						] }
						onChange={ ( trigger ) =>
							setAttributes( {
								trigger: trigger as Attributes[ 'trigger' ],
							} )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<span className="wp-element-button">{ attributes.label }</span>
			</div>
		</>
	);
}

registerDynamicBlock< Attributes >( metadata, Edit );
