import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time comparison of a secret the caller sent with the configured one; the one helper every
 * token and signature check uses. Equal-length digests keep it constant-time whatever the lengths.
 * An unset (empty) expected secret never matches.
 */
export function tokensEqual(given: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected)) && expected !== '';
}
