// Students and teams, on the left of the console: each team with its students (connected
// or away), its draft and ready state; for each student, move, rename or remove (the
// table's own controls, fixed to that student); the watchers; and auto-balance.
import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/index.ts';
import type { ControlName } from '../../../shared/protocol/index.ts';
import { hasEngine, t, te } from '../i18n/index.ts';
import type { AppState, PlayerInfo } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import type { ConsoleContext } from './controlTable.ts';
import { controlsNow } from './controlTable.ts';
import { ControlForm } from './ControlForm.tsx';

const PER_STUDENT: ControlName[] = ['move', 'rename', 'kick'];

function Student({ p, ctx, captain }: { p: PlayerInfo; ctx: ConsoleContext; captain: boolean }) {
  const [open, setOpen] = useState(false);
  const now = controlsNow(ctx);
  const actions = PER_STUDENT.filter((c) => now.includes(c));
  const panel = `student-${p.id}`;
  return (
    <li class={`student${p.connected ? '' : ' student-away'}`} data-player={p.id} data-testid="student">
      <div class="student-row">
        <span class={`dot ${p.connected ? 'dot-on' : 'dot-off'}`} aria-hidden="true" />
        <span class="student-name">{p.nickname}</span>
        {captain ? <span class="tag">{t('console.roster.captain')}</span> : null}
        {p.connected ? null : <span class="tag tag-warn">{t('console.roster.away')}</span>}
        {actions.length ? (
          <button
            type="button"
            class="btn btn-tiny student-toggle"
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => setOpen(!open)}
            aria-label={t('console.roster.manageLabel', { name: p.nickname })}
            data-testid={`manage-${p.nickname}`}
          >
            {t('console.roster.manage')}
          </button>
        ) : null}
      </div>
      {open ? (
        <div id={panel} class="student-actions">
          {actions.map((c) => (
            <ControlForm key={c} name={c} ctx={ctx} fixed={{ playerId: p.id }} compact onSent={() => setOpen(false)} />
          ))}
        </div>
      ) : null}
    </li>
  );
}

function Team({ role, s, ctx }: { role: Role; s: AppState; ctx: ConsoleContext }) {
  const seat = ctx.synced.seats.find((x) => x.role === role)!;
  const people = ctx.synced.players.filter((p) => p.role === role);
  const draft = s.drafts[role];
  const objective = s.view?.objectives?.[role];
  const playing = ctx.synced.phase !== 'lobby' && ctx.synced.phase !== 'ended';
  return (
    <section class={`team role-${role}`} aria-labelledby={`team-${role}`} data-role={role} data-testid={`team-${role}`}>
      <h3 id={`team-${role}`} class="team-head">
        <RoleBadge role={role} />
        <span class="team-count">{t('console.roster.count', { count: people.length })}</span>
        {seat.bot ? <span class="tag">{t('console.roster.bot')}</span> : null}
        {playing && seat.ready ? <span class="tag tag-good">{t('draft.state.ready')}</span> : null}
      </h3>
      {playing && draft ? (
        <p class="small muted" data-testid={`draft-${role}`}>
          {t('console.roster.draft', { count: draft.entries.length, spent: draft.spent, budget: draft.budget })}
        </p>
      ) : null}
      {objective && hasEngine(`objective.${objective}.title`) ? (
        <p class="small team-secret">
          <span class="tag tag-secret">{t('objectives.secret')}</span> {te(`objective.${objective}.title`)}
        </p>
      ) : null}
      {people.length ? (
        <ul class="students">
          {people.map((p) => (
            <Student key={p.id} p={p} ctx={ctx} captain={seat.captain === p.id && people.length > 1} />
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('console.roster.empty')}</p>
      )}
    </section>
  );
}

export function Roster({ s, ctx }: { s: AppState; ctx: ConsoleContext }) {
  const seats = ctx.synced.seats;
  const watchers = ctx.feed?.watchers ?? [];
  const canBalance = controlsNow(ctx).includes('autoBalance');
  const connected = ctx.synced.players.filter((p) => p.connected).length;
  return (
    <section class="card console-roster" aria-labelledby="roster-title" data-testid="roster">
      <h2 id="roster-title">{t('console.roster.title')}</h2>
      <p class="muted small" role="status">
        {t('console.roster.summary', { count: ctx.synced.players.length, connected })}
        {ctx.synced.locked ? <span class="tag tag-warn">{t('console.roster.locked')}</span> : null}
      </p>
      {canBalance ? <ControlForm name="autoBalance" ctx={ctx} compact /> : null}
      {seats.map((x) => (
        <Team key={x.role} role={x.role} s={s} ctx={ctx} />
      ))}
      {watchers.length ? (
        <section class="team watchers" aria-labelledby="watchers-title">
          <h3 id="watchers-title" class="team-head">
            {t('console.watchers')}
          </h3>
          <ul class="students">
            {watchers.map((w) => (
              <li key={w.playerId} class="student" data-player={w.playerId}>
                <div class="student-row">
                  <span class={`dot ${w.connected ? 'dot-on' : 'dot-off'}`} aria-hidden="true" />
                  <span class="student-name">{w.nickname}</span>
                  <span class="tag">{t(w.projector ? 'console.roster.projector' : 'console.roster.spectator')}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
