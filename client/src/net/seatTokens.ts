// Seat tokens from `welcome`, kept per room code: a refresh (sessionStorage) or a reopened
// browser (localStorage) returns the player to the same seat without asking.
const KEY = (code: string) => `sahel.seat.${code}`;

export interface SavedSeat {
  token: string;
  nickname: string;
  solo?: boolean;
  at: number;
}

function read(storage: Storage, code: string): SavedSeat | undefined {
  try {
    const raw = storage.getItem(KEY(code));
    if (!raw) return undefined;
    const v = JSON.parse(raw) as SavedSeat;
    return typeof v.token === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function savedSeat(code: string): SavedSeat | undefined {
  return read(sessionStorage, code) ?? read(localStorage, code);
}

export function saveSeat(code: string, seat: SavedSeat): void {
  const raw = JSON.stringify(seat);
  try {
    sessionStorage.setItem(KEY(code), raw);
    localStorage.setItem(KEY(code), raw);
  } catch {
    // Storage full or forbidden: the player will be asked to join again after a refresh.
  }
}

export function forgetSeat(code: string): void {
  try {
    sessionStorage.removeItem(KEY(code));
    localStorage.removeItem(KEY(code));
  } catch {
    // Nothing to forget.
  }
}

/** The nickname a person chose last time, for the next form. */
export function lastNickname(): string {
  try {
    return localStorage.getItem('sahel.nickname') ?? '';
  } catch {
    return '';
  }
}

export function rememberNickname(name: string): void {
  try {
    if (name) localStorage.setItem('sahel.nickname', name);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
