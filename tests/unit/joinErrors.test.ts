// When a client gives up a stored seat: a token the match does not know, at once; a match
// that cannot be found, only once it stops waiting for another server to take it over.
import { describe, expect, it } from 'vitest';
import { joinFailure, seatGone } from '../../client/src/net/joinErrors.ts';

describe('a stored seat after a failed join', () => {
  it('is kept while a match not found may still be taken over, and forgotten after', () => {
    const notFound = joinFailure({ code: 4212, message: 'room "ABCDE" not found' }).key;
    expect(notFound).toBe('error.noSuchMatch');
    expect(seatGone(notFound, true)).toBe(false);
    expect(seatGone(notFound, false)).toBe(true);
  });

  it('is forgotten at once when the match does not know the token, and kept while the records cannot write', () => {
    const unknown = joinFailure({ code: 4422, message: 'seatTokenUnknown: No seat in this match has that seat token; join without it.' }).key;
    expect(seatGone(unknown, true)).toBe(true);
    const busy = joinFailure({ code: 4422, message: 'recordsUnavailable: The server cannot record changes right now.' }).key;
    expect(busy).toBe('error.recordsUnavailable');
    expect(seatGone(busy, false)).toBe(false);
  });
});
