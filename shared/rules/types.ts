// The engine's data: plain JSON-serialisable values only, so that a state can be
// cloned, stored, sent and compared byte for byte.

export const ROLES = ['algeria', 'mali', 'aes', 'mediator'] as const;
export type Role = (typeof ROLES)[number];
/** The parties to the crisis; the mediator is an optional fourth seat. */
export const PARTY_ROLES = ['algeria', 'mali', 'aes'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const COUNTRIES = ['algeria', 'mali', 'niger', 'burkina'] as const;
export type Country = (typeof COUNTRIES)[number];

export const INDICATORS = ['security', 'legitimacy', 'support', 'economy'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** A piece of text the engine produces: a message key and its parameters, never a finished sentence. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export type AmbassadorStatus = 'posted' | 'recalled' | 'expelled';
export type AirspaceStatus = 'open' | 'closed';
export type BorderStatus = 'open' | 'restricted' | 'closed';
export type AlertLevel = 'low' | 'normal' | 'high';

export interface RoleIndicators {
  security: number;
  legitimacy: number;
  support: number;
  economy: number;
}

export type Forum = 'icj' | 'unsc' | 'au';
/** `heard`: the ICJ has held hearings (its judgment would come long after the crisis), or the AU has taken the case up. */
export type CaseStatus = 'awaitingJurisdiction' | 'proceeding' | 'refused' | 'heard' | 'noted' | 'withdrawn';

export interface LegalCase {
  id: number;
  forum: Forum;
  plaintiff: PartyRole;
  respondent: PartyRole;
  filedTurn: number;
  status: CaseStatus;
  /** ICJ: the week public hearings are held once jurisdiction is accepted; AU: the week it takes the case up. */
  rulingTurn?: number;
  /** Whose account the evidence heard at the hearings leaned toward, if it leaned at all. */
  favoured?: PartyRole;
}

export type AgreementKind = 'mediation' | 'investigation' | 'patrols' | 'energy' | 'accord';

export interface Agreement {
  kind: AgreementKind;
  parties: PartyRole[];
  sinceTurn: number;
  /** Mediation: 0–3, the talks' progress; investigation: turns until findings. */
  progress: number;
  /** Mediation: who brokers (au, russia). */
  broker?: string;
}

/** A standing offer that the other side can accept with an order. */
export interface Offer {
  kind: AgreementKind;
  from: Role;
  to: PartyRole;
  turn: number;
  broker?: string;
}

/** A public stance: backing down from it later costs domestic support (audience costs). */
export interface Commitment {
  role: PartyRole;
  /** What it commits to, e.g. "closeAirspace:mali" or "statement:algeria". */
  stance: string;
  sinceTurn: number;
  hostile: boolean;
}

export type IncidentBorder = 'algeria-mali';

/**
 * A drone incident on the border. The claims are public; where the drone really was is
 * drawn by the seeded generator, hidden from every seat until the end (see visibility.ts).
 */
export interface Incident {
  id: number;
  /** The week it happened; 0 for the shoot-down of 1 April 2025, before the first week. */
  turn: number;
  /** Whose drone: Mali's (no incident involving another state is on record). */
  by: 'mali';
  border: IncidentBorder;
  /** Shot down, or only protested as a crossing. */
  downed: boolean;
  /** What each side says, in km from the border: Algeria inside Algeria, the operator inside its own country. */
  claims: { algeria: number; operator: number };
  /** Where it really was, in km from the border: positive inside Algeria, negative inside the operator's country. */
  truth: number;
}

export interface MatchSettings {
  turns: number;
  apPerTurn: number;
  mediator: boolean;
  seed: number;
  mode: 'standard' | 'history';
}

export type OutcomeKind = 'conflict' | 'settlement' | 'turnLimit';

export interface ScoreLine {
  indicators: number;
  publicObjectives: number;
  secretObjective: number;
  secretMet: boolean;
  outcome: number;
  total: number;
}

export interface Outcome {
  kind: OutcomeKind;
  turn: number;
  /** Open conflict: who pushed last. */
  lastEscalator?: PartyRole;
  scores: Record<Role, ScoreLine>;
  winner: Role;
}

export interface GameState {
  version: 1;
  settings: MatchSettings;
  /** The week being planned (1-based); after the end, the last week played. */
  turn: number;
  phase: 'planning' | 'ended';
  roles: Record<Role, RoleIndicators>;
  /** Unity of the Sahel bloc, shared by Mali and the AES. */
  cohesion: number;
  tension: number;
  /** −100: the world believes Mali's account of the drone; +100: Algeria's. */
  narrative: number;
  threat: number;
  /** "algeria>mali": Algeria's ambassador in Bamako. */
  ambassadors: Record<string, AmbassadorStatus>;
  /** "algeria>mali": Algeria's airspace for Mali's aircraft. */
  airspace: Record<string, AirspaceStatus>;
  /** "algeria-mali": the crossings on that border. */
  borders: Record<string, BorderStatus>;
  /** Countries in CEMOC (Mauritania, a member too, is not played). */
  cemoc: Country[];
  /** Countries in the AES pact. */
  aesPact: Country[];
  alert: AlertLevel;
  /** Algeria's border reinforcement, 0–3. */
  reinforcement: number;
  cases: LegalCase[];
  agreements: Agreement[];
  offers: Offer[];
  commitments: Commitment[];
  /** Drone incidents so far, the first on 1 April 2025; each one's true position is secret until the end. */
  incidents: Incident[];
  /** Who has accused whom of sponsoring terrorism, still standing ("mali>algeria"). */
  accusations: string[];
  /** Per role, how many weeks in a row its economy and security both fell (ripeness). */
  hurting: Record<PartyRole, number>;
  /** Evidence published so far per role: each new release convinces less. */
  evidence: Record<PartyRole, number>;
  /** One-time facts: event cards drawn (some happen once), partners courted, speeches given, accusations answered, findings published. */
  flags: string[];
  objectives: Record<Role, string>;
  /** The seeded generator's state. */
  rng: number;
  /** The last turn's tension raisers, for "who pushed last". */
  escalators: PartyRole[];
  outcome?: Outcome;
}

/** An incident as everyone may know it: where each side says it was, not where it was. */
export type PublicIncident = Omit<Incident, 'truth'>;

/**
 * The state without its secrets (every role's objective, where each drone really was, the seed
 * and the generator's state): what any seat may know. The checks and previews a client runs on
 * its view (legality, the action menu, public objectives) take this type, so that one reading a
 * secret does not compile. Both a GameState and a seat's StateView are one.
 */
export type PublicState = Omit<GameState, 'objectives' | 'rng' | 'incidents' | 'settings'> & {
  settings: Omit<MatchSettings, 'seed'>;
  incidents: readonly PublicIncident[];
};

export interface Order {
  action: string;
  target?: string;
  option?: string;
}

export type Orders = Partial<Record<Role, Order[]>>;

/**
 * What a news item changed in the state, as data, so that the map shows what happened without
 * re-deriving it from the action's name and parameters. Relations are keyed as in GameState:
 * an ambassador or airspace "from>to", a border "algeria-mali". An incident carries its public
 * fields only, never where the drone really was.
 */
export type Change =
  | { on: 'ambassador'; key: string; from: AmbassadorStatus; to: AmbassadorStatus }
  | { on: 'airspace'; key: string; from: AirspaceStatus; to: AirspaceStatus }
  | { on: 'border'; key: string; from: BorderStatus; to: BorderStatus }
  | { on: 'incident'; id: number; by: Incident['by']; border: IncidentBorder; downed: boolean; claims: Incident['claims'] };

export interface NewsItem {
  text: Text;
  /** Who it concerns, for the map's playback and filtering. */
  actor?: Role | 'event' | 'world';
  target?: string;
  action?: string;
  kind: 'diplomatic' | 'economic' | 'security' | 'covert' | 'event' | 'indicator' | 'end' | 'legal' | 'mediation';
  /** What it changed in the state (shared/rules/changes.ts); absent when it changed none of these. */
  changes?: Change[];
}

export interface TurnResult {
  state: GameState;
  news: NewsItem[];
  reports: Record<Role, Text[]>;
  /** Orders that were carried out, per role. Public ones are revealed to all after resolution; private and covert ones only to their team until the match ends. */
  carriedOut: Orders;
  /** Orders refused at resolution (no longer legal), with the reason. */
  refused: { role: Role; order: Order; reason: Text }[];
  event?: string;
}

export type Seat =
  | { kind: 'role'; role: Role }
  | { kind: 'spectator' }
  | { kind: 'teacher' };
