// @wordpress/block-editor ships no type entry in its package exports; this types the part our blocks use.
declare module '@wordpress/block-editor' {
	import type { ReactNode } from 'react';

	/**
	 * Props for a block's outer element in the editor (class names, data attributes, ref).
	 * @param props Extra props merged in.
	 */
	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;

	/**
	 * Renders its children in the block's sidebar panel.
	 * @param props          Props.
	 * @param props.children Sidebar content.
	 * @param props.group    Sidebar tab ("settings", "styles", …).
	 */
	export function InspectorControls( props: {
		children?: ReactNode;
		group?: string;
	} ): ReactNode;
}
