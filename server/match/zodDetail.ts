// A short, readable account of why a payload failed its schema: the first few issues with their paths.
import type { z } from 'zod';

export function zodDetail(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(message)'}: ${i.message}`)
    .join('; ');
}
