// The shape of assets/map/sahel.json, written by scripts/build-map.ts and drawn by the map scene.
// Coordinates are map units in a fixed viewport (x right, y down), rounded to 0.1.
import type { BorderKey, IncidentBorder } from '../../../shared/index.ts';
import { COUNTRIES } from '../../../shared/index.ts';

export type Pt = [number, number];
export type Ring = Pt[];

export interface MapCountry {
  /** algeria | mali | niger | burkina for the parties; a camelCase English name for neighbours. */
  id: string;
  /** Message key of the country's name, e.g. "country.algeria". */
  name: string;
  /** Where the name goes, inside the country's visible part; none for slivers at the frame's edge. */
  label?: Pt;
  /** Outer rings only (the build fails if a country in view has a hole). */
  polygons: Ring[];
}

/** Waypoints start the playback's tracks and carry no name; seas are named in italics. */
export type PlaceKind = 'capital' | 'town' | 'hq' | 'waypoint' | 'sea';

export interface MapPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  at: Pt;
}

/** The borders the game keeps (shared/rules/geography.ts). */
export type BorderId = BorderKey;

export interface MapBorder {
  id: BorderId;
  /** Polylines of the shared arcs, from the topology's mesh. */
  lines: Ring[];
  /** Where the crossing badge sits, on the line. */
  badge: Pt;
}

/** Paths for the resolution playback: drone tracks stop short of the disputed zone at the border. */
export type TrackId = 'drone.mali' | 'convoy.mali';

export interface MapTrack {
  id: TrackId;
  points: Ring;
}

/**
 * Where a drone incident on a border is drawn: the border point, and each side's claimed
 * position at the same distance from it (not to scale: the numbers are in the labels).
 */
export interface MapIncident {
  /** Only Mali's drones fly along Algeria's border: one zone, on the Algeria–Mali border. */
  id: IncidentBorder;
  at: Pt;
  algeria: Pt;
  /** On the drone operator's side: Mali. */
  operator: Pt;
}

export interface MapData {
  width: number;
  height: number;
  /** How the map was projected, for the record. */
  projection: string;
  /** The parties' bounding box [x0, y0, x1, y1]: what must stay in view on small screens. */
  focus: [number, number, number, number];
  countries: MapCountry[];
  /** Every border and coast once, drawn over the fills. */
  outlines: Ring[];
  /** Western Sahara's limit with Morocco (27°40'N), drawn dashed. */
  disputed: Ring[];
  borders: MapBorder[];
  places: MapPlace[];
  tracks: MapTrack[];
  incidents: MapIncident[];
}

/** The four countries the parties govern, drawn in their colours (shared/rules/types.ts). */
export const PARTY_COUNTRIES = COUNTRIES;
