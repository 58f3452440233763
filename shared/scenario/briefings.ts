// The role briefings: who you are, your red lines as your government states them, and what
// you want, for every role, each part a message key (shared/i18n/en.json, "briefing") and
// the sources it rests on (shared/scenario/sources.ts).
//
// The same structure, length and tone for every role, so that a teacher can read any of them
// aloud in Algiers, Bamako, Niamey or Ouagadougou: each government's positions in its own
// terms, every contested point given as the claim of the side that makes it, and the other
// side's disagreement said in the same words for each. Facts come from
// ../shared/scenario/FACTS.md and SOURCES.md only; where those rate a fact "partly" or "not
// found", the briefing says less. The AU mediator is hypothetical: no AU statement on this
// crisis is on record, and its briefing says so.
import type { Role } from '../rules/types.ts';

export const BRIEFING_PARTS = ['who', 'redLines', 'wants'] as const;
export type BriefingPart = (typeof BRIEFING_PARTS)[number];

export interface BriefingSection {
  /** Message key of the text. */
  text: string;
  /** Ids of the sources that report what the text says (shared/scenario/sources.ts). */
  sources: readonly string[];
}

export type Briefing = Readonly<Record<BriefingPart, BriefingSection>>;

/** Message key of a part's heading, the same for every role. */
export const briefingPartTitle = (part: BriefingPart): string => `briefing.part.${part}`;

export const BRIEFINGS: Readonly<Record<Role, Briefing>> = {
  algeria: {
    // SIPRI's 2024 figures (21.8 bn against 2.4 bn for the three AES states); Algeria as the
    // accord's main mediator and Mali's reason for ending it, in Mali's words (DW).
    who: { text: 'briefing.algeria.who', sources: ['ecofin-2025-04-29', 'dw-2024-01-25'] },
    // MDN: armed reconnaissance drone, 2 km; MFA: two earlier violations, radar data, "false allegations".
    redLines: { text: 'briefing.algeria.redLines', sources: ['medialine-2025-04-02', 'elkhabar-2025-04-07', 'chinaorg-2025-04-08', 'aantv-2025-04-08'] },
    // Repeated violations as its stated reason for closing its airspace; troops on the southern
    // border; oil and gas cooperation with Niger.
    wants: { text: 'briefing.algeria.wants', sources: ['xinhua-2025-04-08', 'medialine-2025-04-02', 'tamtaminfo-2026-01-27'] },
  },
  mali: {
    // The alliance (Sept. 2023), the confederation's first summit (6 July 2024), the battle of
    // Tinzaouaten (casualty figures contested, so none given), the end of the Algiers Accord.
    who: { text: 'briefing.mali.who', sources: ['topnewsafrica-2023-09-16', 'xinhua-2025-04-07', 'wikipedia-2024-07-29', 'dw-2024-01-25'] },
    // Routine surveillance mission (FAMa, 1 April); 9.5 km, vertical fall, premeditated hostile
    // act (communiqué of 6 April); complaint to international bodies and the terrorism charge.
    redLines: { text: 'briefing.mali.redLines', sources: ['reuters-2025-04-02', 'kaweru-2025-04-03', 'xinhua-2025-04-07', 'ap-2025-04-07'] },
    wants: { text: 'briefing.mali.wants', sources: ['ap-2025-04-07', 'reuters-2025-04-02', 'xinhua-2025-04-08'] },
  },
  aes: {
    // Niger and Burkina Faso: the alliance, the confederation, the joint force of 5,000; Niger's
    // energy cooperation with Algeria (talks only: a signed deal rests on one weak source).
    who: { text: 'briefing.aes.who', sources: ['topnewsafrica-2023-09-16', 'xinhua-2025-04-07', 'trt-2025-01-22', 'tamtaminfo-2026-01-27'] },
    // The heads of state's communiqué of 6 April; the mutual-defence charter; Algeria's answer
    // ("inconsiderate alignment").
    redLines: { text: 'briefing.aes.redLines', sources: ['leral-2025-04-07', 'ap-2025-04-07', 'topnewsafrica-2023-09-16', 'aantv-2025-04-08'] },
    wants: { text: 'briefing.aes.wants', sources: ['trt-2025-01-22', 'tamtaminfo-2026-01-27'] },
  },
  mediator: {
    // Hypothetical: no AU statement found (SOURCES.md row 20); ISS urged AU mediation; ECOWAS
    // pointed both sides to regional and continental mechanisms.
    who: { text: 'briefing.mediator.who', sources: ['iss-2025-04-28', 'newsghana-2025-04-10'] },
    redLines: { text: 'briefing.mediator.redLines', sources: ['iss-2025-04-28'] },
    wants: { text: 'briefing.mediator.wants', sources: ['newsghana-2025-04-10', 'iss-2025-04-28'] },
  },
};
