// The sources cited on action cards, from the scenario facts (shared/scenario/FACTS.md).
/** The shoot-down near Tinzaouaten, 1 April 2025, and the two accounts of it. */
export const MEDIALINE = 'https://themedialine.org/headlines/algerian-military-shoots-down-armed-drone-near-mali-border/';
/** The airspace closures and the diplomatic row of 6–7 April 2025. */
export const WAVN = 'https://www.wavn.org/mali-and-algeria-close-airspace-amid-rising-diplomatic-tensions/';
/** Ambassadors back at their posts in January 2024, after the December 2023 row. */
export const OUESTAF = 'https://www.ouestaf.com/mali-algerie-les-ambassadeurs-regagnent-leurs-postes/';
/** Mali ends the 2015 Algiers Accord, January 2024. */
export const DW = 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180';
/** The ICJ case cannot proceed without Algeria's consent, September 2025. */
export const TIMESLIVE = 'https://www.timeslive.co.za/news/africa/2025-09-23-mali-drone-case-cant-proceed-without-algeria-accepting-jurisdiction-icj/';
