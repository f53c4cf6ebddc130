import type { Page } from '@playwright/test';
import { trackedPurchases } from '../recorders/bambuser';
import { belcoCalls } from '../recorders/belco';
import { callsOf, recorded } from '../recorders/loymax';
import { recordedSales } from '../recorders/oct8ne';

/** What each vendor's recorder was sent about an order on the current page. */
export interface OrderReports {
	loymax: unknown[][];
	oct8ne: number;
	belco: unknown[];
	bambuser: string[];
}

export const NOTHING_REPORTED: OrderReports = { loymax: [], oct8ne: 0, belco: [], bambuser: [] };

/** Loymax's `checkout` calls, oct8ne's sale notifications, Belco's tracked events, Bambuser's purchases (by order number). */
export async function orderReports(page: Page): Promise<OrderReports> {
	return {
		loymax: callsOf(await recorded(page), 'checkout'),
		oct8ne: (await recordedSales(page)).length,
		belco: (await belcoCalls(page)).filter((call) => call.method === 'track').map((call) => call.args[0]),
		bambuser: (await trackedPurchases(page)).map((tracked) => tracked.data.purchase.id),
	};
}
