import { tryPhpUnserialize, type PhpValue } from '../php-unserialize';
import { unixToIso, type MetaRow } from './order-storage';
import type { ShipmentTracking } from './order-types';

/** Meta keys holding tracking data: the Shipment Tracking extension's list, and plain keys other plugins set. */
export const TRACKING_META_KEYS = ['_wc_shipment_tracking_items', '_tracking_number', '_tracking_provider', '_tracking_url'] as const;

function text(value: PhpValue | undefined): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** One entry of `_wc_shipment_tracking_items` (provider slug, or a custom provider with its own link). */
function fromExtensionItem(item: PhpValue): ShipmentTracking | null {
	if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
	const trackingNumber = text(item.tracking_number);
	if (!trackingNumber) return null;
	return {
		provider: text(item.custom_tracking_provider) || text(item.tracking_provider),
		trackingNumber,
		url: text(item.custom_tracking_link) || null,
		shippedAt: unixToIso(text(item.date_shipped)),
	};
}

/** Tracking entries of one order from its meta rows; malformed serialized data is skipped. */
export function parseTracking(meta: Map<string, string>): ShipmentTracking[] {
	const found: ShipmentTracking[] = [];
	const items = tryPhpUnserialize(meta.get('_wc_shipment_tracking_items') ?? '');
	if (items && typeof items === 'object') {
		for (const item of Object.values(items)) {
			const tracking = fromExtensionItem(item);
			if (tracking) found.push(tracking);
		}
	}
	const plainNumber = meta.get('_tracking_number')?.trim();
	if (plainNumber) {
		found.push({
			provider: meta.get('_tracking_provider')?.trim() ?? '',
			trackingNumber: plainNumber,
			url: meta.get('_tracking_url')?.trim() || null,
			shippedAt: null,
		});
	}
	return found;
}

/** Groups meta rows per order; the first value wins, like WooCommerce's get_meta( $key, true ). */
export function metaByOrder(rows: MetaRow[]): Map<number, Map<string, string>> {
	const byOrder = new Map<number, Map<string, string>>();
	for (const row of rows) {
		const id = Number(row.orderId);
		const meta = byOrder.get(id) ?? new Map<string, string>();
		if (!meta.has(row.key)) meta.set(row.key, row.value);
		byOrder.set(id, meta);
	}
	return byOrder;
}
