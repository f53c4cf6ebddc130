import { createHash, timingSafeEqual } from 'node:crypto';

/** Equal-length digests keep the comparison constant-time whatever the lengths of the two tokens. */
export function tokensEqual(given: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}
