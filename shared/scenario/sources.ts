// The pages the game cites, with the day each was published. A page cannot report
// what happened after it appeared: tests/unit/sources.test.ts holds every precedent
// to that, and to the short phrases recorded here in `quotes`.
// Researched in ../shared/scenario/SOURCES.md; dates are from the page, its URL or
// its own text ("ce jeudi 10 avril"); a few titles are read off the address, as noted.

export interface Source {
  id: string;
  outlet: string;
  title: string;
  url: string;
  /** ISO 'YYYY-MM-DD'. */
  published: string;
  /** Short phrases exactly as this page words them, English or French as printed. */
  quotes?: readonly string[];
}

const list: readonly Source[] = [
  // Background
  {
    id: 'efe-2023-12-21',
    outlet: 'EFE',
    title: "Algeria summons Mali's ambassador after Bamako accuses Algiers of interference",
    url: 'https://efe.com/en/latest-news/2023-12-21/algeria-summons-malis-ambassador-after-bamako-accuses-algiers-of-interference/',
    published: '2023-12-21',
    quotes: ['interference'],
  },
  {
    id: 'ap-2023-12-23',
    outlet: 'Islam Times (AP)',
    title: 'Mali recalls its envoy in Algeria after alleging interference',
    url: 'https://www.islamtimes.org/en/news/1104465/mali-recalls-its-envoy-in-algeria-after-alleging-interference',
    published: '2023-12-23',
    quotes: ['interference'],
  },
  {
    // Added for the role briefings: the Liptako-Gourma Charter (mutual defence), signed that Saturday.
    id: 'topnewsafrica-2023-09-16',
    outlet: 'Top News Africa',
    // Title read off the URL.
    title: "Le Mali, le Burkina Faso et le Niger créent l'Alliance des États du Sahel",
    url: 'https://www.topnewsafrica.net/news/le-mali-le-burkina-faso-et-le-niger-creent-lalliance-des-etats-du-sahel',
    published: '2023-09-16',
  },
  {
    id: 'dw-2024-01-25',
    outlet: 'DW',
    title: 'Mali ends peace deal with separatist groups',
    url: 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180',
    published: '2024-01-25',
    quotes: ['acts of hostility', "the peace deal's main mediator"],
  },
  {
    id: 'wikipedia-2024-07-29',
    outlet: 'Wikipedia (revision of 29 July 2024)',
    title: 'Battle of Tinzaouaten (2024)',
    url: 'https://en.wikipedia.org/?oldid=1237278204&title=Battle+of+Tinzaouaten+%282024%29',
    published: '2024-07-29',
  },
  {
    id: 'naija247-2024-07-30',
    outlet: 'Naija247news (Reuters)',
    // Title read off the URL.
    title: 'Al-Qaeda affiliate claims ambush kills 50 Wagner mercenaries and 10 Malian soldiers in northern Mali',
    url: 'https://naija247news.com/2024/07/30/al-qaeda-affiliate-claims-ambush-kills-50-wagner-mercenaries-and-10-malian-soldiers-in-northern-mali/',
    published: '2024-07-30',
  },
  {
    // Added for the role briefings: Niger's defence minister on the AES joint force of 5,000.
    id: 'trt-2025-01-22',
    outlet: 'TRT Afrika',
    title: 'Niger, Burkina Faso and Mali prepare a joint force of 5,000 soldiers (descriptive: the page title was not recorded)',
    url: 'https://trt.global/afrika-english/article/18256794',
    published: '2025-01-22',
  },
  {
    // Added for the role briefings: SIPRI's figures for 2024, from its report of 28 April 2025
    // (the date is read off the URL, "2904").
    id: 'ecofin-2025-04-29',
    outlet: 'Ecofin Agency',
    // Title read off the URL.
    title: "Africa's military spending hit $52.1bn in 2024 as North Africa arms race intensifies",
    url: 'https://www.ecofinagency.com/public-management/2904-46704-africa-s-military-spending-hit-52-1bn-in-2024-as-north-africa-arms-race-intensifies',
    published: '2025-04-29',
  },
  {
    // Why courting Morocco raises tension with Algeria (shared/scenario/asymmetries.ts).
    id: 'afp-2021-08-26',
    outlet: 'The Daily Observer (AFP)',
    title: 'Algeria severs diplomatic relations with Morocco',
    url: 'https://www.observerbd.com/news.php?id=328131',
    published: '2021-08-26',
    quotes: ['hostile actions'],
  },
  // The shoot-down, 31 March – 1 April 2025
  {
    id: 'medialine-2025-04-02',
    outlet: 'The Media Line',
    title: 'Algerian Military Shoots Down Armed Drone Near Mali Border',
    url: 'https://themedialine.org/headlines/algerian-military-shoots-down-armed-drone-near-mali-border/',
    published: '2025-04-02',
    quotes: ['armed reconnaissance drone', 'tens of thousands of troops'],
  },
  {
    id: 'reuters-2025-04-02',
    outlet: 'TimesLIVE (Reuters)',
    title: 'Algeria, Mali report downed drone in border area but differ on details',
    url: 'https://www.timeslive.co.za/news/africa/2025-04-02-algeria-mali-report-downed-drone-in-border-area-but-differ-on-details/',
    published: '2025-04-02',
  },
  {
    id: 'kaweru-2025-04-03',
    outlet: 'Kaweru',
    title: "L'Algérie abat un drone de reconnaissance armé à la frontière malienne",
    url: 'https://kaweru.com/politique-societe/2025/04/03/lalgerie-abat-un-drone-de-reconnaissance-arme-a-la-frontiere-malienne',
    published: '2025-04-03',
    quotes: ['en mission de surveillance'],
  },
  // 6–7 April 2025: the two governments' statements and measures
  {
    id: 'ap-2025-04-07',
    outlet: 'Manila Bulletin (AP)',
    title: 'Sahel alliance recalls ambassadors from Algeria after the downing of a Malian drone',
    url: 'https://mb.com.ph/2025/4/7/sahel-alliance-recalls-ambassadors-from-algeria-after-the-downing-of-a-malian-drone',
    published: '2025-04-07',
    quotes: [
      'irresponsible act',
      'this action proves, if proof were needed, that the Algerian regime sponsors international terrorism',
      'international bodies',
      '15-year-old regional military group',
    ],
  },
  {
    id: 'xinhua-2025-04-07',
    outlet: 'Namibia Daily News',
    // Title read off the URL.
    title: 'Mali, Burkina Faso, Niger recall ambassadors from Algeria over drone downing',
    url: 'http://namibiadailynews.info/mali-burkina-faso-niger-recall-ambassadors-from-algeria-over-drone-downing/',
    published: '2025-04-07',
    quotes: ['premeditated hostile act', 'almost fell vertically', 'having to apply the principle of reciprocity'],
  },
  {
    // Added for the role briefings: Algeria's foreign ministry on the two earlier violations
    // (27 August and 29 December 2024). The page shows "07/04/2025 - 16:13".
    id: 'elkhabar-2025-04-07',
    outlet: 'El Khabar',
    title: "Violations de l'espace aérien algérien par des drones maliens (descriptive: the page title was not recorded)",
    url: 'https://elkhabar.com/s@thxxcqfr259179',
    published: '2025-04-07',
  },
  {
    id: 'koaci-2025-04-07',
    outlet: 'KOACI',
    title: "Mali: L'AES rappelle ses ambassadeurs d'Algérie pour «consultations» et donne ses raisons",
    url: 'https://koaci.com/article/2025/04/07/mali/politique/mali-laes-rappelle-ses-ambassadeurs-dalgerie-pour-consultations-et-donne-ses-raisons_185818.html',
    published: '2025-04-07',
  },
  {
    id: 'leral-2025-04-07',
    outlet: 'Leral.net',
    title: "Les pays de l'AES rappellent leurs ambassadeurs accrédités en Algérie",
    url: 'https://www.leral.net/Les-pays-de-l-AES-rappellent-leurs-ambassadeurs-accredites-en-Algerie_a379674.html',
    published: '2025-04-07',
  },
  {
    id: 'madar-2025-04-07',
    outlet: 'MADAR',
    // Title read off the URL.
    title: "Après l'abattage d'une drone, le Mali intente une action en justice internationale contre l'Algérie",
    url: 'https://fr.madar.mr/actualites/apres-labattage-dune-drone-le-mali-intente-une-action-en-justice-internationale-contre-lalgerie',
    published: '2025-04-07',
    quotes: ['créé en avril 2010 à Tamanrasset'],
  },
  {
    id: 'avantpremiere-2025-04-07',
    outlet: 'Avant-Première',
    title: 'Algeria Closes Airspace to Mali Amid Rising Border Disputes',
    url: 'https://www.avant-premiere.com.tn/fr/2025/04/07/algeria-closes-airspace-to-mali-amid-rising-border-disputes',
    published: '2025-04-07',
  },
  {
    id: 'aantv-2025-04-08',
    outlet: 'AAN TV',
    // Title read off the URL.
    title: "Algeria recalls envoys from Mali and Niger, postpones ambassador's inauguration in Burkina Faso over diplomatic dispute",
    url: 'https://aantv.africa/2025/04/08/algeria-recalls-envoys-from-mali-and-niger-postpones-ambassadors-inauguration-in-burkina-faso-over-diplomatic-dispute/',
    published: '2025-04-08',
    quotes: ['false allegations', 'obvious failure of a putschist project', 'unconstitutional club', 'clique', 'inconsiderate alignment'],
  },
  {
    id: 'xinhua-2025-04-08',
    outlet: 'The Independent (Uganda), Xinhua',
    // Title read off the URL.
    title: 'Mali, Algeria close airspace to each other amid rows over drone downing',
    url: 'https://www.independent.co.ug/mali-algeria-close-airspace-to-each-other-amid-rows-over-drone-downing/',
    published: '2025-04-08',
    quotes: ['repeated airspace violations', 'continued support of international terrorism'],
  },
  {
    id: 'chinaorg-2025-04-08',
    outlet: 'China.org.cn (Xinhua)',
    title: "L'Algérie ferme son espace aérien avec le Mali après un incident de drone",
    url: 'http://french.china.org.cn/foreign/txt/2025-04/08/content_117810562.htm',
    published: '2025-04-08',
  },
  // 8–28 April 2025
  {
    id: 'maliweb-2025-04-08',
    outlet: 'Maliweb',
    // Title read off the URL.
    title: "Tension diplomatique: une grande mobilisation de protestation devant l'ambassade d'Algérie à Bamako",
    url: 'https://www.maliweb.net/societe/tension-diplomatique-une-grande-mobilisation-de-protestation-devant-lambassade-dalgerie-a-bamako-3102056.html',
    // Its text says "ce mardi 08 avril 2025".
    published: '2025-04-08',
    quotes: ['Plusieurs centaines'],
  },
  {
    id: 'tsa-2025-04-10',
    outlet: 'TSA Algérie',
    title: "Algérie-Mali: l'affaire du drone malien connaît un nouveau rebondissement",
    url: 'https://tsa-algerie.com/algerie-mali-laffaire-du-drone-malien-connait-un-nouveau-rebondissement/amp',
    // Its text says "ce jeudi 10 avril"; it reports RFI's account of the letters.
    published: '2025-04-10',
  },
  {
    id: 'newsghana-2025-04-10',
    outlet: 'News Ghana',
    title: 'ECOWAS urges dialogue over Mali-Algeria tensions',
    url: 'https://newsghana.com.gh/ecowas-urges-dialogue-over-mali-algeria-tensions/',
    published: '2025-04-10',
  },
  {
    id: 'iss-2025-04-28',
    outlet: 'ISS Today',
    title: 'Algeria-AES diplomatic crisis calls for swift African Union mediation',
    url: 'https://issafrica.org/iss-today/algeria-aes-diplomatic-crisis-calls-for-swift-african-union-mediation',
    published: '2025-04-28',
  },
  {
    id: 'dailyguide-2025-04-29',
    outlet: 'Daily Guide Network (MAP)',
    title: 'King Mohammed VI receives Sahel States Alliance foreign ministers',
    url: 'https://dailyguidenetwork.com/king-mohammed-vi-receives-sahel-states-alliance-foreign-ministers/',
    published: '2025-04-29',
  },
  {
    id: 'reuters-2025-07-23',
    outlet: 'BusinessLIVE (Reuters)',
    title: 'Italy and Algeria to co-operate on migration control',
    url: 'https://www.businesslive.co.za/bd/world/europe/2025-07-23-italy-and-algeria-to-co-operate-on-migration-control/',
    published: '2025-07-23',
    quotes: ['model strategic partnership'],
  },
  // September – October 2025
  {
    id: 'amap-2025-09-04',
    outlet: 'AMAP',
    title: "Le Mali saisit la Cour internationale de Justice contre l'Algérie (Communiqué gouvernemental)",
    url: 'https://amap.ml/le-mali-saisit-la-cour-internationale-de-justice-contre-lalgerie-communique-gouvernemental',
    published: '2025-09-04',
  },
  {
    id: 'southafrican-2025-09-17',
    outlet: 'The South African',
    // Title read off the URL.
    title: 'JNIM attack: Senegal-Mali fuel blockade disrupts key trade route',
    url: 'https://www.thesouthafrican.com/news/jnim-attack-senegal-mali-fuel-blockade-disrupts-key-trade-route/',
    published: '2025-09-17',
  },
  {
    id: 'reuters-2025-09-19',
    outlet: 'The Star (Reuters)',
    title: "World Court says Mali drone case can't proceed without Algeria accepting jurisdiction",
    url: 'https://www.thestar.com.my/news/world/2025/09/19/world-court-says-mali-drone-case-can039t-proceed-without-algeria-accepting-jurisdiction',
    published: '2025-09-19',
  },
  {
    id: 'afp-2025-09-19',
    outlet: 'Arab News (AFP)',
    title: 'Algeria rejects Mali ICJ complaint over drone downing',
    url: 'https://www.arabnews.pk/node/2615942',
    published: '2025-09-19',
    quotes: [
      'shameless',
      'too crude to be credible',
      'refusal of this procedural ploy',
      'unless and until Algeria consents to the Court’s jurisdiction in the case',
      'clearly establish the violation of Algeria’s airspace',
    ],
  },
  {
    id: 'pressafrik-2025-09-20',
    outlet: 'PressAfrik',
    // Title read off the URL.
    title: "Différend frontalier: le Mali saisit la Cour internationale de Justice contre l'Algérie",
    url: 'https://www.pressafrik.com/Differend-frontalier-le-Mali-saisit-la-Cour-internationale-de-Justice-contre-l-Algerie_a295074.html',
    published: '2025-09-20',
  },
  {
    id: 'agenceafrique-2025-09-26',
    outlet: 'Agence Afrique',
    // Title read off the URL.
    title: "Bamako fustige le refus de l'Algérie de comparaître devant la CIJ pour la destruction du drone malien",
    url: 'https://www.agenceafrique.com/61680-bamako-fustige-le-refus-de-lalgerie-de-comparaitre-devant-la-cij-pour-la-destruction-du-drone-malien.html',
    published: '2025-09-26',
  },
  {
    id: 'africanews-2025-09-27',
    outlet: 'Africanews (AP)',
    title: "AES Confederation 'will not stand by in the face of attacks,' Mali PM tells UN",
    url: 'https://www.africanews.com/amp/2025/09/27/aes-confederation-will-not-stand-by-in-the-face-of-attacks-mali-pm-tells-un',
    published: '2025-09-27',
  },
  {
    id: 'djaz-2025-09-29',
    outlet: 'Djaz.news (Le Jeune Indépendant)',
    title: 'ONU: Attaf démonte Maiga',
    url: 'https://djaz.news/onu-attaf-demonte-maiga',
    published: '2025-09-29',
  },
  {
    id: 'ap-2025-10-08',
    outlet: 'Dayton Daily News (AP)',
    title: "Desperate search for fuel in Mali's capital as al-Qaida-linked group enforces blockade",
    url: 'https://www.daytondailynews.com/news/nation-world/desperate-search-for-fuel-in-malis-capital-as-al-qaida-linked-group-enforces-blockade/VPNMDQYMSVISPEXZM2SG7GN3N4/',
    published: '2025-10-08',
  },
  {
    id: 'algerie360-2025-10-15',
    outlet: 'Algérie360',
    title: 'Tensions entre Alger et Bamako : Lavrov propose une médiation russe pour apaiser la crise',
    url: 'https://www.algerie360.com/tensions-entre-alger-et-bamako-lavrov-propose-une-mediation-russe-pour-apaiser-la-crise/',
    published: '2025-10-15',
    quotes: [
      'Nous sommes conscients des frictions existant entre nos amis d’Algérie et du Mali',
      'Les deux parties souhaitent que nous aidions à réduire les divergences, et nous sommes disposés à le faire',
    ],
  },
  // December 2025 – February 2026
  {
    id: 'amap-2025-12-20',
    outlet: 'AMAP',
    title: "Force unifiée de l'AES : le Président Goïta remet l'étendard au commandant Daouda Traoré",
    url: 'https://amap.ml/?p=34374',
    published: '2025-12-20',
  },
  {
    id: 'tamtaminfo-2026-01-27',
    outlet: 'Tamtaminfo',
    title: 'Une importante délégation algérienne à Niamey',
    url: 'https://tamtaminfo.com/cooperation-niger-algerie/',
    published: '2026-01-27',
  },
  {
    id: 'algerie360-2026-02-12',
    outlet: 'Algérie360',
    title: "Algérie-Niger: Tebboune ordonne le retour immédiat à Niamey de l'ambassadeur algérien",
    url: 'https://www.algerie360.com/algerie-niger-tebboune-ordonne-le-retour-immediat-a-niamey-de-lambassadeur-algerien/',
    published: '2026-02-12',
  },
  {
    id: 'rfi-2026-02-13',
    outlet: 'allAfrica (RFI)',
    title: 'Algérie-Niger – Normalisation des relations, les ambassadeurs de retour à leur poste',
    url: 'https://fr.allafrica.com/stories/202602130398.html',
    published: '2026-02-13',
    quotes: ['glaciales'],
  },
];

export const SOURCES: Readonly<Record<string, Source>> = Object.fromEntries(list.map((s) => [s.id, s]));
