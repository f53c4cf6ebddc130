/**
 * Vendor-specific admin panels (link-up, previews, help), shown under that vendor's settings form,
 * each followed by the vendor's URLs, token rotation and Verify (integration.tsx). A vendor adds
 * `vendors/<vendor>.tsx` and one line to this map.
 */
import type { ReactNode } from 'react';

import type { VendorSettings } from '../api';
import { BambuserPanel } from './bambuser';
import { BelcoDeliveries } from './belco-deliveries';
import { withIntegration } from './integration';
import { LoymaxPanel } from './loymax';
import { Oct8neLinkUp } from './oct8ne';

export interface VendorPanelProps {
	settings: VendorSettings;
	/** The form's unsaved values (secrets excluded), for live previews. */
	draft: Record< string, unknown >;
	/** Call with the server's answer after an action that changed this vendor's settings. */
	onSettingsChange: ( settings: VendorSettings ) => void;
}

export const vendorPanels: Partial<
	Record< string, ( props: VendorPanelProps ) => ReactNode >
> = {
	oct8ne: withIntegration( Oct8neLinkUp ),
	belco: withIntegration( BelcoDeliveries ),
	loymax: withIntegration( LoymaxPanel ),
	bambuser: withIntegration( BambuserPanel ),
};
