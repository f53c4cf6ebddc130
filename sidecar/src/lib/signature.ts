import { createHmac } from 'node:crypto';
import { tokensEqual } from './tokens';

export interface SignedFields {
	user: string;
	session: string;
	time: string;
	method: string;
	requestUri: string;
}

/** Lowercase hex HMAC-SHA256 over `user\nsession\ntime\nMETHOD\nrequestUri` (docs/architecture.md). */
export function signIdentity(secret: string, fields: SignedFields): string {
	const payload = [fields.user, fields.session, fields.time, fields.method.toUpperCase(), fields.requestUri].join('\n');
	return createHmac('sha256', secret).update(payload).digest('hex');
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(secret: string, fields: SignedFields, received: string): boolean {
	return HEX_SHA256.test(received) && tokensEqual(received, signIdentity(secret, fields));
}
