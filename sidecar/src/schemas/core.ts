import { z } from 'zod';

export const healthOkSchema = z.object({ status: z.literal('ok'), db: z.literal('ok') });
export const healthDegradedSchema = z.object({ status: z.literal('degraded'), db: z.literal('down') });
export const identityResponseSchema = z.object({ userId: z.number().int(), session: z.string().nullable() });
