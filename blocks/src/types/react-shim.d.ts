// Stand-in for @types/react and @types/react-dom, which are not installed (optional peers of
// the WordPress element package). It types only the React surface the admin app uses, so `tsc` stays strict.
// Delete this file once @types/react@18 and @types/react-dom@18 are devDependencies.
declare module 'react' {
	export type Key = string | number;
	export interface ReactElement {
		type: unknown;
		props: unknown;
		key: Key | null;
	}
	export type ReactNode =
		| ReactElement
		| string
		| number
		| boolean
		| null
		| undefined
		| Iterable< ReactNode >;
	export type ComponentType< P = object > = ( props: P ) => ReactNode;
	export type SetStateAction< S > = S | ( ( previous: S ) => S );
	export type Dispatch< A > = ( value: A ) => void;
	export function useState< S >(
		initial: S | ( () => S )
	): [ S, Dispatch< SetStateAction< S > > ];
	export function useEffect(
		effect: () => void | ( () => void ),
		deps?: readonly unknown[]
	): void;
	export function useCallback< T extends ( ...args: never[] ) => unknown >(
		callback: T,
		deps: readonly unknown[]
	): T;
	export function useMemo< T >(
		factory: () => T,
		deps: readonly unknown[]
	): T;
	export const StrictMode: ComponentType< { children?: ReactNode } >;
}

declare module 'react-dom/client' {
	import type { ReactNode } from 'react';
	export interface Root {
		render: ( children: ReactNode ) => void;
		unmount: () => void;
	}
	export function createRoot( container: Element | DocumentFragment ): Root;
}

declare module 'react/jsx-runtime' {
	import type { Key, ReactElement, ReactNode } from 'react';
	export namespace JSX {
		type Element = ReactElement;
		type ElementType =
			| string
			| ( ( props: never ) => ReactNode )
			| ( new ( props: never ) => unknown );
		interface ElementChildrenAttribute {
			children: object;
		}
		interface IntrinsicAttributes {
			key?: Key;
		}
		interface IntrinsicElements {
			[ tag: string ]: Record< string, unknown > & {
				children?: ReactNode;
			};
		}
	}
	export function jsx(
		type: unknown,
		props: unknown,
		key?: Key
	): ReactElement;
	export function jsxs(
		type: unknown,
		props: unknown,
		key?: Key
	): ReactElement;
	export const Fragment: unknown;
}
