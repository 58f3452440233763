// The CSV export: one row per week and role, with the indicators after the week and
// the orders the role drafted, carried out and had refused.
import type { Order, Role } from '../rules/types.ts';
import { seatedRoles } from '../rules/validate.ts';
import type { PlayedMatch } from './types.ts';

export const CSV_COLUMNS = [
  'week', 'role', 'event', 'security', 'legitimacy', 'support', 'economy', 'cohesion',
  'tension', 'narrative', 'threat', 'orders', 'carried_out', 'refused', 'score',
] as const;

const orderText = (o: Order) => [o.action, o.target, o.option].filter(Boolean).join(' ');
const list = (orders: readonly Order[] | undefined) => (orders ?? []).map(orderText).join('; ');

/** RFC 4180 quoting: commas, quotes and line breaks are safe. */
export function cell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Words for the ids, in a teacher's language: they go in extra columns beside the ids. */
export interface CsvLabels {
  role(id: Role): string;
  event(id: string): string;
  order(o: Order): string;
}

/** The columns a labelled export adds after CSV_COLUMNS, the ids staying as they are. */
export const LABEL_COLUMNS = ['role_label', 'event_label', 'orders_label', 'carried_out_label', 'refused_label'] as const;

export function matchCsv(match: PlayedMatch, labels?: CsvLabels): string {
  const roles: Role[] = seatedRoles(match.initial);
  const rows: string[] = [[...CSV_COLUMNS, ...(labels ? LABEL_COLUMNS : [])].join(',')];
  const words = (orders: readonly Order[] | undefined) => (orders ?? []).map((o) => labels!.order(o)).join('; ');
  match.weeks.forEach((w, i) => {
    const last = i === match.weeks.length - 1;
    for (const role of roles) {
      const ind = w.state.roles[role];
      const cohesion = role === 'mali' || role === 'aes' ? w.state.cohesion : undefined;
      const refusedOrders = w.refused.filter((x) => x.role === role).map((x) => x.order);
      const score = last ? w.state.outcome?.scores[role]?.total : undefined;
      const ids = [w.turn, role, w.event, ind.security, ind.legitimacy, ind.support, ind.economy, cohesion, w.state.tension, w.state.narrative, w.state.threat, list(w.orders[role]), list(w.carriedOut[role]), list(refusedOrders), score];
      const named = labels ? [labels.role(role), w.event ? labels.event(w.event) : '', words(w.orders[role]), words(w.carriedOut[role]), words(refusedOrders)] : [];
      rows.push([...ids, ...named].map(cell).join(','));
    }
  });
  return rows.join('\r\n') + '\r\n';
}

/** Reads the export back (for tests and spreadsheets' sake): rows of named cells. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cur), (cur = '');
    else if (c === '\n') row.push(cur), records.push(row), (row = []), (cur = '');
    else if (c !== '\r') cur += c;
  }
  if (cur || row.length) row.push(cur), records.push(row);
  const [head, ...body] = records;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
