import type { Store } from '../../woocommerce/store/store-repository';

/** The customer's "view order" page (wc_get_endpoint_url('view-order', id, myaccount permalink)). */
export function viewOrderUrl(store: Store, orderId: number): string {
	const account = store.pages.myaccount;
	if (!account) return `${store.homeUrl}/`;
	if (store.permalinks.plain) return `${store.homeUrl}/?page_id=${account.id}&view-order=${orderId}`;
	const base = account.url.endsWith('/') ? account.url : `${account.url}/`;
	return `${base}view-order/${orderId}${store.permalinks.trailingSlash ? '/' : ''}`;
}

/** wp-admin edit screen of an order, for the storage that is authoritative. */
export function adminOrderUrl(store: Store, orderId: number): string {
	return store.hposAuthoritative
		? `${store.siteUrl}/wp-admin/admin.php?page=wc-orders&action=edit&id=${orderId}`
		: `${store.siteUrl}/wp-admin/post.php?post=${orderId}&action=edit`;
}

export function adminUserUrl(store: Store, userId: number): string {
	return `${store.siteUrl}/wp-admin/user-edit.php?user_id=${userId}`;
}
