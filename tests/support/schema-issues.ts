/** The issues of a content schema as "field: message" (list positions from 0, as zod counts); empty when valid. */
import type { z } from 'astro/zod';

export function issues(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
