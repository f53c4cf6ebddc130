/**
 * When oct8ne's script is inserted (fact sheet §2.4, as oct8ne's own WordPress plugin does it): at
 * once, at the visitor's first interaction or after a timer, or only when the page calls
 * `insertOct8ne()`. A visitor in a conversation (the `oct8ne-room` cookie) always gets it at once, so
 * the chat reopens with the page.
 */
import type manifest from '../../../../../plugin/manifest/oct8ne.json';

/** The setting's choices (plugin/manifest/oct8ne.json), type only: nothing of the file is bundled. */
export type Oct8neLoading = keyof typeof manifest.settings.loading.choices;

declare global {
	interface Window {
		/** Inserts oct8ne's script now; later calls do nothing. */
		insertOct8ne?: () => void;
	}
}

/** What counts as the visitor's first interaction. */
const FIRST_EVENTS = [
	'scroll',
	'click',
	'mousemove',
	'keydown',
	'touchstart',
] as const;

const ROOM_COOKIE = /(?:^|;\s*)oct8ne-room=[^;]/;

/**
 * Runs `insert` once, when the setting says; `insertOct8ne()` is defined in every mode.
 * @param loading Setting.
 * @param delay   Seconds before a deferred script is inserted without any interaction.
 * @param insert  Inserts the script.
 */
export function scheduleInsertion(
	loading: Oct8neLoading,
	delay: number,
	insert: () => void
): void {
	let done = false;
	let timer: ReturnType< typeof setTimeout > | undefined;
	const once = () => {
		if ( done ) {
			return;
		}
		done = true;
		clearTimeout( timer );
		FIRST_EVENTS.forEach( ( name ) =>
			window.removeEventListener( name, once )
		);
		insert();
	};
	window.insertOct8ne = once;
	if ( loading === 'immediate' || ROOM_COOKIE.test( document.cookie ) ) {
		once();
		return;
	}
	if ( loading === 'deferred' ) {
		FIRST_EVENTS.forEach( ( name ) =>
			window.addEventListener( name, once, { passive: true } )
		);
		timer = setTimeout( once, Math.min( Math.max( delay, 1 ), 10 ) * 1000 );
	}
}
