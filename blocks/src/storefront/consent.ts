/**
 * Consent for vendor bundles (plugin/src/Consent/VendorConsent.php decides on the server): a vendor
 * starts once the WP Consent API grants each of its categories, on this page, without a reload. Until
 * then nothing of it runs: no request to the vendor, no cookie. The API's page script publishes
 * `wp_has_consent` and fires `wp_listen_for_consent_change` when the visitor decides; a consent
 * plugin that learns the regime late sets `waitfor_consent_hook` and fires `wp_consent_type_defined`.
 */

/** `commerceBridge.consent`: absent when consent decides nothing on this site. */
export interface ConsentPolicy {
	/** The owner's "require consent": without a consent type set by a consent plugin, nothing loads. */
	required: boolean;
	/** Categories each vendor on the page needs. */
	vendors: Partial< Record< CommerceBridgeVendorId, string[] > >;
}

/** The WP Consent API's globals. */
export interface ConsentApiWindow {
	wp_has_consent?: ( category: string ) => boolean;
	wp_consent_type?: string;
	wp_fallback_consent_type?: string | false;
	waitfor_consent_hook?: boolean;
}

export type WhenAllowed = (
	vendor: CommerceBridgeVendorId,
	start: () => void
) => void;

const DOCUMENT_EVENTS = [
	'wp_listen_for_consent_change',
	'wp_consent_type_defined',
] as const;

/** Set on scripts the server printed inert for a pending vendor (Loymax's head snippet). */
const DORMANT = 'data-commerce-bridge-consent';

/**
 * Whether every category is granted now. Without the API's script nothing is (it may still load);
 * while a consent plugin has yet to define the consent type, nothing is either.
 * @param categories Categories the vendor needs.
 * @param required   The owner requires a consent type.
 * @param api        The window with the API's globals.
 */
export function isGranted(
	categories: string[],
	required: boolean,
	api: ConsentApiWindow
): boolean {
	if ( typeof api.wp_has_consent !== 'function' ) {
		return false;
	}
	const type = api.wp_consent_type ?? api.wp_fallback_consent_type;
	if (
		( api.waitfor_consent_hook && ! api.wp_consent_type ) ||
		( required && ! type )
	) {
		return false;
	}
	const has = api.wp_has_consent;
	return categories.every( ( category ) => has( category ) );
}

/**
 * Runs the vendor's inert inline scripts (Loymax's snippet), in page order, at the top level, as the page
 * would have.
 * @param vendor The vendor's id.
 * @param doc    The page.
 */
export function wakeDormantScripts(
	vendor: CommerceBridgeVendorId,
	doc: Document
): void {
	doc.querySelectorAll< HTMLScriptElement >(
		`script[type="text/plain"][${ DORMANT }="${ vendor }"]`
	).forEach( ( dormant ) => {
		const script = doc.createElement( 'script' );
		script.id = dormant.id;
		script.text = dormant.text;
		dormant.replaceWith( script );
	} );
}

/**
 * The gate vendor bootstraps pass through (bootVendor): starts each vendor once, as soon as allowed.
 * @param policy The page's policy; without one every vendor starts at once.
 * @param win    The window (API globals, load event).
 * @param doc    The page (consent events, dormant scripts).
 */
export function createConsentGate(
	policy: ConsentPolicy | null | undefined,
	win: Window = window,
	doc: Document = document
): WhenAllowed {
	return ( vendor, start ) => {
		if ( ! policy ) {
			start();
			return;
		}
		const categories = policy.vendors[ vendor ];
		if ( ! categories ) {
			// A vendor the server did not list stays off.
			return;
		}
		let started = false;
		const check = () => {
			if (
				started ||
				! isGranted(
					categories,
					policy.required,
					win as ConsentApiWindow
				)
			) {
				return;
			}
			started = true;
			DOCUMENT_EVENTS.forEach( ( name ) =>
				doc.removeEventListener( name, check )
			);
			win.removeEventListener( 'load', check );
			wakeDormantScripts( vendor, doc );
			start();
		};
		DOCUMENT_EVENTS.forEach( ( name ) =>
			doc.addEventListener( name, check )
		);
		// The API's script may come after ours (optimisers reorder scripts).
		win.addEventListener( 'load', check );
		check();
	};
}
