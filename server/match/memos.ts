// The team memos at the end of a class session: one shared text per team, replaced whole by
// each change (like a draft), with the authors in the order they first wrote. Once the
// teacher reveals them to the class they no longer change.
import type { Role } from '../../shared/index.ts';
import type { Memo } from '../../shared/protocol/index.ts';
import { Refusal } from './refusal.ts';

export class TeamMemos {
  private memos = new Map<Role, Memo>();
  #revealed = false;

  get revealed(): boolean {
    return this.#revealed;
  }

  write(role: Role, by: { playerId: string; nickname: string }, text: string, at: number): Memo {
    if (this.#revealed) throw new Refusal('memosRevealed');
    const before = this.memos.get(role);
    const authors = before?.authors.some((a) => a.playerId === by.playerId) ? before.authors : [...(before?.authors ?? []), { playerId: by.playerId, nickname: by.nickname }];
    const memo: Memo = { role, text, authors, updatedAt: at, version: (before?.version ?? 0) + 1 };
    this.memos.set(role, memo);
    return memo;
  }

  reveal(): void {
    this.#revealed = true;
  }

  get(role: Role): Memo | undefined {
    return this.memos.get(role);
  }

  all(): Memo[] {
    return [...this.memos.values()];
  }

  /** The memo of a team, or an empty one not yet written. */
  of(role: Role): Memo {
    return this.memos.get(role) ?? { role, text: '', authors: [], updatedAt: 0, version: 0 };
  }

  restore(memos: readonly Memo[], revealed: boolean): void {
    this.memos = new Map(memos.map((m) => [m.role, { ...m, authors: m.authors.map((a) => ({ ...a })) }]));
    this.#revealed = revealed;
  }
}
