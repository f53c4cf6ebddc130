/** Editor side of "oct8ne phone PIN": the label, edited in the sidebar and previewed in place. */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import metadata from './block.json';
import { registerDynamicBlock } from '../../../../editor/register-dynamic-block';

type Attributes = {
	label: string;
};

interface EditProps {
	attributes: Attributes;
	setAttributes: ( changes: Partial< Attributes > ) => void;
}

function Edit( { attributes, setAttributes }: EditProps ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Phone PIN', 'commerce-bridge' ) }>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Text', 'commerce-bridge' ) }
						help={ __(
							"oct8ne shows the visitor's PIN below this text when it is clicked.",
							'commerce-bridge'
						) }
						value={ attributes.label }
						onChange={ ( label ) => setAttributes( { label } ) }
					/>
				</PanelBody>
			</InspectorControls>
			<p { ...useBlockProps() }>
				<span className="oct8ne-phone">{ attributes.label }</span>
			</p>
		</>
	);
}

registerDynamicBlock< Attributes >( metadata, Edit );
