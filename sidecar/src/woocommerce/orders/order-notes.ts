import type { OrderNote } from './order-types';
import { type Db, isoDate, rows } from '../db';

/**
 * Order notes the shop sent to the customer (`is_customer_note` = 1). WooCommerce keeps order notes
 * in the comments table under both storages, so this is shared.
 */
export async function customerNotes(db: Db, prefix: string, orderIds: number[]): Promise<OrderNote[]> {
	if (!orderIds.length) return [];
	const found = await rows<{ orderId: number; content: string; createdAt: string }>(db, `
		SELECT c.comment_post_ID AS orderId, c.comment_content AS content, ${isoDate('c.comment_date_gmt')} AS createdAt
		FROM ${prefix}comments c
		JOIN ${prefix}commentmeta cm ON cm.comment_id = c.comment_ID AND cm.meta_key = 'is_customer_note' AND cm.meta_value = '1'
		WHERE c.comment_post_ID IN (?) AND c.comment_type = 'order_note' AND c.comment_approved = '1'
		ORDER BY c.comment_date_gmt, c.comment_ID`, [orderIds]);
	return found.map((r) => ({ orderId: Number(r.orderId), content: r.content, createdAt: r.createdAt }));
}
