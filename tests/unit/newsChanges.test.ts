// The news tells what changed: every change of an ambassador, an airspace or a border, and
// every new incident, is in exactly one news item's `changes`, as the wire schema describes
// it, and an incident's change never carries where the drone really was.
import { describe, expect, it } from 'vitest';
import { BOT_STYLES, chooseOrders, createMatch, isSeated, legalActions, resolveTurn, ROLES } from '../../shared/index.ts';
import type { Change, GameState, Orders } from '../../shared/index.ts';
import { NewsItemSchema } from '../../shared/protocol/index.ts';
import { BORDERS, countriesOf, RELATION_PAIRS } from '../../shared/rules/geography.ts';
import { mixSeed, rngFrom } from '../../shared/rules/random.ts';

type Relations = Pick<GameState, 'ambassadors' | 'airspace' | 'borders'>;
const relations = (s: GameState): Relations => structuredClone({ ambassadors: s.ambassadors, airspace: s.airspace, borders: s.borders });

/** Plays a few matches with bots and random legal orders, calling `week` for each week resolved. */
function eachWeek(week: (before: GameState, news: ReturnType<typeof resolveTurn>['news'], after: GameState) => void): void {
  for (let i = 0; i < 24; i++) {
    let s = createMatch({ seed: i, mediator: i % 2 === 0, turns: 10 });
    const rng = rngFrom(mixSeed(i, 11));
    const seated = ROLES.filter((r) => isSeated(s, r));
    while (s.phase !== 'ended') {
      const orders: Orders = {};
      seated.forEach((r, k) => {
        if (i % 3 === 0) return void (orders[r] = chooseOrders(s, r, BOT_STYLES[(i + k) % BOT_STYLES.length]));
        const legal = legalActions(s, r);
        orders[r] = Array.from({ length: 1 + Math.floor(rng.next() * 3) }, () => legal[Math.floor(rng.next() * legal.length)]).filter(Boolean);
      });
      const r = resolveTurn(s, orders, rng.next() < 0.3 ? { inject: 'droneIncident' } : {});
      week(s, r.news, r.state);
      s = r.state;
    }
  }
}

describe('news items carry what changed', () => {
  it('replaying the changes of a week turns the relations before it into the relations after it', () => {
    let changed = 0;
    eachWeek((before, news, after) => {
      const now = relations(before);
      for (const n of news) {
        for (const c of n.changes ?? []) {
          if (c.on === 'incident') continue;
          const map = c.on === 'ambassador' ? now.ambassadors : c.on === 'airspace' ? now.airspace : now.borders;
          expect(map[c.key], JSON.stringify(n)).toBe(c.from);
          map[c.key] = c.to as never;
          changed++;
        }
      }
      expect(now).toEqual(relations(after));
    });
    expect(changed).toBeGreaterThan(50);
  });

  it('tells each new incident once, with its public fields and never the truth', () => {
    let told = 0;
    eachWeek((before, news, after) => {
      const added = after.incidents.slice(before.incidents.length);
      const changes = news.flatMap((n) => n.changes ?? []).filter((c): c is Extract<Change, { on: 'incident' }> => c.on === 'incident');
      expect(changes.map((c) => c.id)).toEqual(added.map((i) => i.id));
      for (const [k, c] of changes.entries()) {
        const { truth: _secret, turn: _turn, ...shown } = added[k];
        expect(c).toEqual({ on: 'incident', ...shown });
        expect(Object.keys(c)).not.toContain('truth');
        told++;
      }
    });
    expect(told).toBeGreaterThan(10);
  });

  it('matches the wire schema exactly, nothing dropped', () => {
    eachWeek((_before, news) => {
      for (const n of news) expect(NewsItemSchema.parse(n)).toEqual(n);
    });
  });

  it('names relations and borders as the state keys them', () => {
    expect([...RELATION_PAIRS].sort()).toEqual(Object.keys(createMatch({}).ambassadors).sort());
    expect([...RELATION_PAIRS].sort()).toEqual(Object.keys(createMatch({}).airspace).sort());
    expect([...BORDERS].sort()).toEqual(Object.keys(createMatch({}).borders).sort());
  });
});

describe('countriesOf', () => {
  it('reads a country, a role (an AES member alone when named), and nothing else', () => {
    expect(countriesOf('mali')).toEqual(['mali']);
    expect(countriesOf('aes')).toEqual(['niger', 'burkina']);
    expect(countriesOf('aes', 'burkina')).toEqual(['burkina']);
    expect(countriesOf('mediator')).toEqual([]);
    for (const who of ['event', 'world', 'constructor', 'toString', '', undefined]) expect(countriesOf(who)).toEqual([]);
  });
});
