import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MariaDb } from '../../test/stack/mariadb';
import { STACK_ENV } from './stack';

export default async function globalTeardown(): Promise<void> {
	const db = (globalThis as { sidecarTestDb?: MariaDb }).sidecarTestDb;
	await db?.stop();
	const file = process.env[STACK_ENV];
	if (file) rmSync(dirname(file), { recursive: true, force: true });
}
