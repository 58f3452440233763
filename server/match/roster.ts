// Mirrors who sits where into the synced state, updating the collections in place.
import type { Role } from '../../shared/index.ts';
import type { MatchOptions } from '../../shared/protocol/index.ts';
import type { Match } from './Match.ts';
import { roleOf } from './members.ts';
import type { OptionsState } from './schema.ts';
import { PlayerState, RoleSeatState } from './schema.ts';

/**
 * Make `list` hold one item per key, reusing the items it has. New keys always come
 * last in `keys` (join order; the mediator is the last role), so appending keeps the order.
 */
function syncList<T, K>(list: T[], keys: K[], keyOf: (item: T) => K, create: () => T, update: (item: T, key: K) => void): void {
  for (let i = list.length - 1; i >= 0; i--) if (!keys.includes(keyOf(list[i]))) list.splice(i, 1);
  for (const key of keys) {
    const item = list.find((x) => keyOf(x) === key);
    if (item) {
      update(item, key);
      continue;
    }
    const fresh = create();
    update(fresh, key);
    list.push(fresh);
  }
}

export function syncRoster(m: Match): void {
  const { state, members } = m;
  syncList(
    state.seats,
    m.seatedRoles(),
    (s) => s.role as Role,
    () => new RoleSeatState(),
    (s, role) => {
      s.role = role;
      s.bot = m.bots.has(role);
      s.ready = s.bot || m.drafts.isReady(role);
      s.players = members.ofRole(role).length;
      s.connected = members.connectedOfRole(role).length;
      s.captain = members.captain(role)?.playerId ?? '';
    },
  );
  const players = members.players();
  syncList(
    state.players,
    players.map((p) => p.playerId),
    (p) => p.id,
    () => new PlayerState(),
    (p, id) => {
      const member = players.find((x) => x.playerId === id)!;
      p.id = id;
      p.nickname = member.nickname;
      p.role = roleOf(member) ?? '';
      p.connected = member.connected;
    },
  );
  state.spectatorCount = members.connectedSpectators().length;
  state.projectorCount = members.connectedProjectors().length;
  state.locked = m.locked;
  const host = members.byId(m.hostId);
  state.host = host?.playerId ?? '';
  state.hostName = host?.nickname ?? '';
}

export function syncOptions(target: OptionsState, o: MatchOptions): void {
  target.public = o.public;
  target.title = o.title;
  target.turns = o.turns;
  target.planningSeconds = o.planningSeconds;
  target.briefingSeconds = o.briefingSeconds;
  target.resolutionSeconds = o.resolutionSeconds;
  target.apPerTurn = o.apPerTurn;
  target.mediator = o.mediator;
  target.bots = o.bots;
  target.botTakeover = o.botTakeover;
  target.takeoverGraceSeconds = o.takeoverGraceSeconds;
  target.botStyle = o.botStyle;
  target.botLevel = o.botLevel ?? 'basic';
  target.captainOnly = o.captainOnly;
  target.revealPrivate = o.revealPrivate;
  target.classroom = o.classroom ?? false;
}
