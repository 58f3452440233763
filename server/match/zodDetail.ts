// A short, readable account of why a payload failed its schema: the first few issues with
// their paths, cut to a fixed length so that no payload can make the reply larger than itself.
import type { z } from 'zod';

/** Longest detail sent back: an error reply stays a few hundred bytes whatever was sent. */
export const DETAIL_CHARS = 240;

export function zodDetail(error: z.ZodError): string {
  const text = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.slice(0, 4).join('.') : '(message)'}: ${i.message}`)
    .join('; ');
  return text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS - 1)}…` : text;
}
