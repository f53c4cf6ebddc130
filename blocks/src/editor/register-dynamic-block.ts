import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';
import type { ComponentType } from '@wordpress/element';

/**
 * Registers a dynamic block from its block.json: PHP renders it (the `render` file), so the editor
 * saves no markup. JSON imports are typed loosely, hence the cast to the block's attributes.
 *
 * @param metadata The block's block.json.
 * @param edit     The editor component.
 */
export function registerDynamicBlock<
	Attributes extends Record< string, unknown >,
>(
	metadata: unknown,
	edit: ComponentType< {
		attributes: Attributes;
		setAttributes: ( next: Partial< Attributes > ) => void;
	} >
): void {
	registerBlockType< Attributes >(
		metadata as BlockConfiguration< Attributes >,
		{
			edit: edit as BlockConfiguration< Attributes >[ 'edit' ],
			save: () => null,
		}
	);
}
