// The readable citations of the rules on former employees, ex-ministers, job moves, sales to the employer and partner travel (see ./texts.ts).
import type { ReadableText } from "./types";
import {
  EERSTE_KAMER_REPORT_IN_ADVANCE,
  GEMEENTE_PRIOR_PERMISSION,
  GEMEENTE_TOPICS_IN_THE_NEWS,
  GEMEENTE_TRAVEL_REGULATION,
  PROVINCIE_CAREFUL_USE,
  RIJK_REPORT_IN_ADVANCE,
} from "./texts-shared";

/** Cited by former-employee.two-year-ban@provincie, former-employee.outside-period@provincie. */
const PROVINCIE_FORMER_STAFF: ReadableText = {
  source: "003",
  section: "Draaideurconstructie",
  quote:
    "Voormalige provinciale ambtenaren worden niet binnen twee jaar na ontslag ingehuurd voor het verrichten van provinciale werkzaamheden.",
  summary: "Former provincial staff are not hired for provincial work within two years of leaving.",
};

/** Cited by former-employee.current-staff@provincie, sale-to-employer.external-only-exceptionally@provincie. */
const PROVINCIE_CURRENT_STAFF: ReadableText = {
  source: "003",
  section: "Draaideurconstructie",
  quote:
    "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe voor de provincie werkzaamheden te verrichten.",
  summary: "Staff cannot, except very exceptionally, be hired at the same time as outside workers for the province.",
};

/** Cited by former-employee.avoid-two-years@gemeente, former-employee.outside-period@gemeente. */
const GEMEENTE_FORMER_STAFF: ReadableText = {
  source: "002",
  section: "2. Het tegengaan van belangenverstrengeling",
  quote:
    "De gemeente vermijdt de inhuur van mensen als ze korter dan 2 jaar uit dienst zijn bij de gemeente tenzij er zwaarwegende redenen zijn om dit toch te doen.",
  summary: "The municipality avoids hiring people who left less than two years ago, unless there are weighty reasons.",
};

/**
 * Cited by former-employee.org-period@rijk, former-employee.org-period@eerste-kamer,
 * former-employee.outside-period@rijk, former-employee.outside-period@eerste-kamer.
 */
const RIJK_ORGANISATION_LEVEL: ReadableText = {
  source: "000",
  section: "1.2 Status en werkingssfeer van deze gedragscode",
  quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
  summary: "Organisations may specify this code further.",
};

export const TEXTS_EMPLOYMENT: Readonly<Record<string, ReadableText>> = {
  "former-employee.two-year-ban@provincie": PROVINCIE_FORMER_STAFF,
  "former-employee.current-staff@provincie": PROVINCIE_CURRENT_STAFF,
  "former-employee.still-employed@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je gaat ook actief de schijn van belangenverstrengeling tegen. 3. Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie of met de belangen van de gemeente.",
    summary:
      "Actively counter any appearance of a conflict of interest, and report side jobs that may clash with your job or the municipality's interests.",
  },
  "former-employee.avoid-two-years@gemeente": GEMEENTE_FORMER_STAFF,
  "former-employee.extra-alert@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote: "Kun je dit niet, vraag dan geen offerte aan.",
    summary: "If you cannot do this, do not ask for a quotation.",
  },
  "former-employee.extra-alert@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote: "Kun je dit niet, vraag dan geen offerte aan.",
    summary: "If you cannot do this, do not ask for a quotation.",
  },
  "former-employee.org-period@rijk": RIJK_ORGANISATION_LEVEL,
  "former-employee.org-period@eerste-kamer": RIJK_ORGANISATION_LEVEL,
  "former-employee.outside-period@gemeente": GEMEENTE_FORMER_STAFF,
  "former-employee.outside-period@provincie": PROVINCIE_FORMER_STAFF,
  "former-employee.outside-period@rijk": RIJK_ORGANISATION_LEVEL,
  "former-employee.outside-period@eerste-kamer": RIJK_ORGANISATION_LEVEL,
  "ex-minister.two-year-ban@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Als je op enige manier met zo’n situatie te maken krijgt, dan verwijs je door naar jouw Secretaris Generaal.",
    summary: "If you meet such a situation in any way, refer it to your Secretary-General.",
  },
  "ex-minister.two-year-ban@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote: "Als je op enige manier met zo'n situatie te maken krijgt, dan verwijst je door naar de Griffier.",
    summary: "If you meet such a situation in any way, refer it to the Clerk of the Senate.",
  },
  "ex-minister.private-capacity@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Voor jou betekent dit dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon op diens voormalig beleidsterrein.",
    summary:
      "During that period you may have no business contact, in your work, with the former minister on their former policy area.",
  },
  "ex-minister.private-capacity@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Voor jou betekent dit dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon op diens voormalig beleidsterrein.",
    summary:
      "During that period you may have no business contact, in your work, with the former minister on their former policy area.",
  },
  "ex-minister.leaving-date-unknown@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Een ander verbod dat is vastgelegd is het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden, om (de schijn van) belangverstrengeling tegen te gaan.",
    summary:
      "Ministers and state secretaries may not lobby for two years after leaving office, to prevent (the appearance of) a conflict of interest.",
  },
  "ex-minister.leaving-date-unknown@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Een ander verbod dat is vastgelegd is het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden, om (de schijn van) belangverstrengeling tegen te gaan.",
    summary:
      "Ministers and state secretaries may not lobby for two years after leaving office, to prevent (the appearance of) a conflict of interest.",
  },
  "ex-minister.no-rule@gemeente": GEMEENTE_TOPICS_IN_THE_NEWS,
  "ex-minister.no-rule@provincie": {
    source: "003",
    section: "Omgang met belangenbehartigers en lobbyisten",
    quote: "Zorg dat jij je werk transparant en onafhankelijk doet en kan doen.",
    summary: "Make sure you do your work transparently and independently.",
  },
  "job-move.sensitive@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "wees transparant over je nieuwe werk en meld de overstap tijdig; bespreek de risico’s;",
    summary: "Be open about your new job, report the move in time and discuss the risks.",
  },
  "job-move.sensitive@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "wees transparant over je nieuwe werk en meld de overstap tijdig;",
    summary: "Be open about your new job and report the move in time.",
  },
  "job-move.cooling-off@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
    summary: "Agree a cooling-off period: this is always tailored to the case.",
  },
  "job-move.cooling-off@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
    summary: "Agree a cooling-off period: this is always tailored to the case.",
  },
  "job-move.not-sensitive@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote:
      "In uitzonderlijke gevallen kan de overstap vanuit de rijksdienst naar ander werk gevoelig liggen omdat daar integriteitsrisico’s aan verbonden zijn.",
    summary:
      "In exceptional cases a move from central government to other work is sensitive because it carries integrity risks.",
  },
  "job-move.not-sensitive@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote:
      "In uitzonderlijke gevallen kan de overstap vanuit de Eerste Kamer naar ander werk een overstap vanuit een kwetsbare functie (zie de tekst onder 8.3) naar werk dat als nevenfunctie meldplichtig of zelfs verboden zou zijn.",
    summary:
      "In exceptional cases a move from the Senate to other work is sensitive: from a vulnerable job to work that would be reportable or even forbidden as a side job.",
  },
  "job-move.no-rule@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "Artikel 9 Ambtenarenwet 2017 ‘De ambtenaar en de gewezen ambtenaar zijn verplicht tot geheimhouding van hetgeen hen in verband met hun functie ter kennis is gekomen, voor zover die verplichting uit de aard der zaak volgt.’",
    summary: "By law, current and former civil servants must keep secret what they learned through their job.",
  },
  "job-move.no-rule@provincie": {
    source: "003",
    section: "Zorgvuldig omgaan met informatie",
    quote: "De geheimhoudingsplicht blijft ook na uitdiensttreding gelden.",
    summary: "The duty of confidentiality continues after you leave.",
  },
  "sale-to-employer.permission@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Als ambtenaar in dienst van de rijksoverheid mag je daarom geen producten of diensten aan de rijksoverheid verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
    summary:
      "You may not sell products or services to central government unless you get permission, which is rarely given.",
  },
  "sale-to-employer.permission@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Als ambtenaar in dienst van de Eerste Kamer mag je daarom geen producten of diensten aan de Eerste Kamer verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
    summary: "You may not sell products or services to the Senate unless you get permission, which is rarely given.",
  },
  "sale-to-employer.no-advertising@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega’s.",
    summary: "Do not advertise your own business to your employer or colleagues.",
  },
  "sale-to-employer.no-advertising@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega's.",
    summary: "Do not advertise your own business to your employer or colleagues.",
  },
  "sale-to-employer.statute-permission@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "middellijk of onmiddellijk deel te nemen aan aannemingen en leveringen ten behoeve van openbare diensten, tenzij de overheidswerkgever waarmee hij een arbeidsovereenkomst heeft daarvoor toestemming heeft verleend;",
    summary:
      "The law forbids taking part in contracts and supplies for public services unless the employer has given permission.",
  },
  "sale-to-employer.own-purchase@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je mag als ambtenaar niet direct of indirect betrokken zijn of enig voordeel hebben uit leveringen aan de gemeente.",
    summary: "You may not be involved in, or benefit from, supplies to the municipality, directly or indirectly.",
  },
  "sale-to-employer.no-rule@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote: "Houd je dan ook verre van vriendjespolitiek en belangenverstrengeling.",
    summary: "Stay well away from favouritism and conflicts of interest.",
  },
  "sale-to-employer.external-only-exceptionally@provincie": PROVINCIE_CURRENT_STAFF,
  "sale-to-employer.someone-else-handles@rijk": RIJK_REPORT_IN_ADVANCE,
  "sale-to-employer.someone-else-handles@eerste-kamer": EERSTE_KAMER_REPORT_IN_ADVANCE,
  "sale-to-employer.someone-else-handles@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote: "Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
    summary: "Report it in advance so someone else can handle the procedure.",
  },
  "partner-travel.not-along@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "Uitgangspunt is daarom dat jouw partner niet meereist.",
    summary: "The starting point is that your partner does not travel with you.",
  },
  "partner-travel.not-along@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "Uitgangspunt is daarom dat jouw partner niet meereist.",
    summary: "The starting point is that your partner does not travel with you.",
  },
  "partner-travel.special-situation@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Er kunnen zich echter altijd bijzondere of onvoorziene situaties voordoen. Overleg in dat geval met jouw leidinggevende wat het beste is om te doen.",
    summary: "Special or unforeseen situations can arise; then agree with your manager what is best.",
  },
  "partner-travel.special-situation@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Er kunnen zich echter altijd bijzondere of onvoorziene situaties voordoen. Overleg in dat geval met jouw leidinggevende wat het beste is om te doen.",
    summary: "Special or unforeseen situations can arise; then agree with your manager what is best.",
  },
  "partner-travel.service-interest@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Kom je in overleg met je leidinggevende tot de conclusie dat het meenemen van jouw partner aantoonbaar in het dienstbelang is, dan zijn ook de reis- en verblijfkosten van de partner voor rekening van de dienst.",
    summary:
      "If you and your manager conclude that bringing your partner demonstrably serves the work, the service pays the partner's travel and accommodation.",
  },
  "partner-travel.service-interest@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Kom je in overleg met je leidinggevende tot de conclusie dat het meenemen van jouw partner aantoonbaar in het dienstbelang is, dan zijn ook de reis- en verblijfkosten van de partner voor rekening van de dienst.",
    summary:
      "If you and your manager conclude that bringing your partner demonstrably serves the work, the service pays the partner's travel and accommodation.",
  },
  "partner-travel.no-rule@gemeente": GEMEENTE_TRAVEL_REGULATION,
  "partner-travel.no-rule@provincie": PROVINCIE_CAREFUL_USE,
  "partner-travel.costs-prior-permission@gemeente": GEMEENTE_PRIOR_PERMISSION,
  "partner-travel.business-costs-only@provincie": PROVINCIE_CAREFUL_USE,
};
