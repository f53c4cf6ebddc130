import { signIdentity } from '../../sidecar/src/lib/signature';

/**
 * The four identity headers WordPress adds when it forwards a request (docs/architecture.md), so a
 * direct sidecar request pays the same verification cost as a proxied one. Fresh time on every call.
 */
export function signedHeaders(secret: string, method: string, requestUri: string, user = '0', session = ''): Record<string, string> {
	const time = String(Math.floor(Date.now() / 1000));
	return {
		'X-Commerce-Bridge-User': user,
		'X-Commerce-Bridge-Session': session,
		'X-Commerce-Bridge-Time': time,
		'X-Commerce-Bridge-Signature': signIdentity(secret, { user, session, time, method, requestUri }),
	};
}
