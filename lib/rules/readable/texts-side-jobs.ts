// The readable citations of the rules on side jobs and financial interests (see ./texts.ts).
import type { ReadableText } from "./types";

/** Cited by side-job.report@provincie, side-job.self-assessment@provincie. */
const PROVINCIE_REPORT_SIDE_JOBS: ReadableText = {
  source: "003",
  section: "Nevenwerkzaamheden en onverenigbare functies",
  quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
  summary: "Report side jobs that may affect the province's interests.",
};

/** Cited by financial.designated-functions@provincie, financial.timing@provincie. */
const PROVINCIE_DESIGNATED_FUNCTIONS: ReadableText = {
  source: "003",
  section: "Financiële belangen en handel in effecten",
  quote:
    "Als jouw functie door de provincie wordt aangewezen als extra risicovol op dit gebied ben je verplicht om die financiële belangen te melden op het moment dat je in dienst treedt dan wel als je het financieel belang aangaat.",
  summary:
    "If your job is designated as high-risk, report such financial interests when you join or when you acquire the interest.",
};

export const TEXTS_SIDE_JOBS: Readonly<Record<string, ReadableText>> = {
  "side-job.report@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
    summary: "Side jobs that cannot affect the interests of the service in any way need not be reported.",
  },
  "side-job.report@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
    summary: "Side jobs that cannot affect the interests of the service in any way need not be reported.",
  },
  "side-job.report@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie of met de belangen van de gemeente.",
    summary:
      "You report paid or unpaid side jobs to your manager if they may clash with your job or with the municipality's interests.",
  },
  "side-job.report@provincie": PROVINCIE_REPORT_SIDE_JOBS,
  "side-job.self-assessment@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden:",
    summary: "Consider these questions when deciding whether you must report a side job.",
  },
  "side-job.self-assessment@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden:",
    summary: "Consider these questions when deciding whether you must report a side job.",
  },
  "side-job.self-assessment@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Is het antwoord op 1 of meer vragen ‘ja’? Of twijfel je of je de nevenwerkzaamheden mag combineren met je werk?",
    summary:
      "If you answer 'yes' to one or more questions, or are unsure whether the side job fits with your work, report it.",
  },
  "side-job.self-assessment@provincie": PROVINCIE_REPORT_SIDE_JOBS,
  "side-job.assessment@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen en risico’s tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "side-job.assessment@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen en risico's tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "side-job.assessment@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "De werkgever mag de toestemming voor nevenwerkzaamheden weigeren of toestaan onder bepaalde voorwaarden.",
    summary: "The employer may refuse permission for a side job or allow it on conditions.",
  },
  "side-job.assessment@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Je leidinggevende kan daarin nadere voorwaarden voor het uitvoeren van de nevenwerkzaamheden stellen.",
    summary: "Your manager may set further conditions for doing the side job.",
  },
  "side-job.reassess@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden;",
    summary: "Reassess side jobs when circumstances change.",
  },
  "side-job.reassess@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden.",
    summary: "Reassess side jobs when circumstances change.",
  },
  "side-job.reassess@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden (denk aan een nieuwe functie binnen de provincie)",
    summary: "Reassess side jobs when circumstances change (for example, a new job within the province).",
  },
  "side-job.publication@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "gemelde, toegestane nevenwerkzaamheden van leden van de topmanagementgroep worden (met de voorwaarden) openbaar gemaakt.",
    summary:
      "Reported, permitted side jobs of members of the top management group are published (with their conditions).",
  },
  "side-job.publication@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Artikel 5, eerste lid, aanhef en onderdeel c Ambtenarenwet 2017 (verplichting werkgever tot openbaarmaking van geregistreeerde nevenwerkzaamheden van bepaalde ambtenaren)",
    summary: "The law obliges the employer to publish the registered side jobs of certain civil servants.",
  },
  "side-job.publication@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Hun nevenwerkzaamheden worden openbaar gemaakt.",
    summary: "Their side jobs are published.",
  },
  "side-job.publication@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Gemelde, toegestane nevenwerkzaamheden van medewerkers met schaal 14 of hoger worden openbaar gemaakt.",
    summary: "Reported, permitted side jobs of staff in salary scale 14 or higher are published.",
  },
  "side-job.top-official-report-all@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Topfunctionarissen moeten altijd voorgenomen nevenwerkzaamheden melden bij hun leidinggevende.",
    summary: "Top officials must always report intended side jobs to their manager.",
  },
  "side-job.incompatible@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Wettelijk is vastgelegd dat rijksambtenaren hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement, dit is onverenigbaar.",
    summary:
      "By law, a central government job cannot be combined with membership of either chamber of the Dutch parliament or the European Parliament.",
  },
  "side-job.incompatible@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Wettelijk is vastgelegd dat rijksambtenaren – en dus ook Kamerambtenaren - hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement, dit is onverenigbaar.",
    summary:
      "By law, a job with the Senate cannot be combined with membership of either chamber of the Dutch parliament or the European Parliament.",
  },
  "side-job.mandate-not-in-code@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "De term ‘nevenwerkzaamheden’ moet je ruim zien.",
    summary: "Read 'side jobs' broadly.",
  },
  "side-job.mandate-not-in-code@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Nevenwerkzaamheden zijn alle werkzaamheden die je naast je werk als ambtenaar verricht, betaald of onbetaald en ongeacht de omvang, duur en vorm waarin je dit doet.",
    summary: "Side jobs are all work you do besides your job, paid or unpaid, whatever its size, length or form.",
  },
  "side-job.information-use@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Daarnaast is het verboden om informatie die je tot je beschikking hebt bij de provincie te gebruiken in je nevenfuncties.",
    summary: "You may not use information you have at the province in your side jobs.",
  },
  "side-job.ended@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden die in relatie tot jouw ambtelijke functievervulling de belangen van de dienst kunnen raken.",
    summary:
      "You must report and register side jobs that may affect the interests of the service in relation to your job.",
  },
  "side-job.ended@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden die in relatie tot jouw ambtelijke functievervulling de belangen van de dienst kunnen raken.",
    summary:
      "You must report and register side jobs that may affect the interests of the service in relation to your job.",
  },
  "side-job.ended@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "opgave te doen van de nevenwerkzaamheden die hij verricht of voornemens is te gaan verrichten, die de belangen van de dienst voor zover deze in verband staan met zijn functievervulling, kunnen raken;",
    summary:
      "The law requires you to report side jobs you do or intend to do that may affect the interests of the service.",
  },
  "side-job.ended@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf te toetsen en risico’s tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "financial.designated-functions@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie en er is pas sprake van een verbod als door de financiële belangen het goed functioneren van jou, of dat van de dienst, niet meer is verzekerd.",
    summary:
      "For designated jobs the reporting duty needs a link with your job; holding an interest is only forbidden when it stops you or the service from working properly.",
  },
  "financial.designated-functions@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie en er is pas sprake van een verbod als door de financiële belangen het goed functioneren van jou, of dat van de dienst, niet meer is verzekerd.",
    summary:
      "For designated jobs the reporting duty needs a link with your job; holding an interest is only forbidden when it stops you or the service from working properly.",
  },
  "financial.designated-functions@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "indien hij is aangewezen in de zin van artikel 5, eerste lid, onderdeel d, melding te doen van zijn financiële belangen alsmede van het bezit van en transacties met effecten die de belangen van de openbare dienst voor zover deze in verband staat met zijn functievervulling, kunnen raken en daaromtrent desgevraagd nadere informatie te verschaffen.",
    summary:
      "The law requires staff in designated jobs to report financial interests and securities that may affect the service, and to give more information on request.",
  },
  "financial.designated-functions@provincie": PROVINCIE_DESIGNATED_FUNCTIONS,
  "financial.timing@provincie": PROVINCIE_DESIGNATED_FUNCTIONS,
  "financial.inside-information@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "houd vertrouwelijke, koersgevoelige informatie waarover je als ambtenaar beschikt geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep confidential, price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.inside-information@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "houd vertrouwelijke, koersgevoelige informatie waarover je als ambtenaar beschikt geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep confidential, price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.inside-information@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "financiële belangen te hebben, effecten te bezitten of effectentransacties te verrichten waardoor de goede vervulling van zijn functie of de goede functionering van de openbare dienst, voor zover deze in verband staat met zijn functievervulling, niet in redelijkheid zou zijn verzekerd;",
    summary:
      "The law forbids financial interests, securities or trading that would stop you or the service from working properly.",
  },
  "financial.inside-information@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote:
      "Als je, als ambtenaar, beschikt over koersgevoelige informatie houdt deze informatie dan geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.harmful-prohibited@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden;",
    summary: "Financial interests that harm the service are forbidden.",
  },
  "financial.harmful-prohibited@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden;",
    summary: "Financial interests that harm the service are forbidden.",
  },
  "financial.harmful-prohibited@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "financiële belangen te bezitten of te verwerven, welke door de overheidswerkgever waarmee hij een arbeidsovereenkomst heeft zijn aangewezen op de voet van artikel 5, eerste lid, onderdeel d;",
    summary: "The law forbids holding or acquiring financial interests the employer has designated.",
  },
  "financial.harmful-prohibited@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote: "Financiële belangen die schadelijk zijn, zijn verboden",
    summary: "Harmful financial interests are forbidden.",
  },
  "financial.shareholding-side-job@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Of het zijn van commissaris, bestuurder, vennoot of aandeelhouder.",
    summary: "Being a supervisory director, director, partner or shareholder also counts.",
  },
};
