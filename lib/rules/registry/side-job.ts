// Side jobs (catalogue 1.6; evaluated in lib/rules/evaluate/side-job.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const SIDE_JOB_RULES: readonly RuleDefinition[] = [
  ...family(
    "side-job.report",
    ["side-job"],
    {
      nl: "Meld nevenwerkzaamheden die de belangen van de dienst kunnen raken",
      en: "Report side jobs that may affect the interests of the service",
    },
    [
      ...rijkAndEersteKamer({
        quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
        rijk: [c("000", "L775-777"), c("000", "L789-801")],
        eersteKamer: [c("001", "L375"), c("001", "L381-383")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L267-269"), c("002", "L336-338")],
        quote:
          "Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie",
      },
      {
        profile: "provincie",
        citation: [c("003", "L372")],
        quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
      },
    ],
  ),
  ...family(
    "side-job.self-assessment",
    ["side-job"],
    { nl: "Toetsvragen voor de meldplicht", en: "Self-assessment questions for the duty to report" },
    [
      ...rijkAndEersteKamer({
        quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden",
        rijk: [c("000", "L803-833")],
        eersteKamer: [c("001", "L385-395")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L363-391")],
        quote: "Is het antwoord op 1 of meer vragen ‘ja’? Of twijfel je ...?",
      },
      {
        profile: "provincie",
        citation: [c("003", "L372"), c("003", "L406-408")],
        quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
      },
    ],
  ),
  ...family(
    "side-job.assessment",
    ["side-job"],
    {
      nl: "Je leidinggevende toetst vooraf en kan voorwaarden stellen",
      en: "Your manager assesses in advance and may set conditions",
    },
    [
      ...rijkAndEersteKamer({
        quote: "stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen",
        rijk: [c("000", "L838-846")],
        eersteKamer: [c("001", "L399")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L338-340")],
        quote:
          "De werkgever mag de toestemming voor nevenwerkzaamheden weigeren of toestaan onder bepaalde voorwaarden.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L381-386")],
        quote: "Je leidinggevende kan daarin nadere voorwaarden voor het uitvoeren van de nevenwerkzaamheden stellen.",
      },
    ],
  ),
  ...family(
    "side-job.reassess",
    ["side-job"],
    { nl: "Herbeoordeel bij gewijzigde omstandigheden", en: "Reassess when circumstances change" },
    [
      ...rijkAndEersteKamer({
        quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden",
        rijk: [c("000", "L781-783"), c("000", "L844-846")],
        eersteKamer: [c("001", "L377")],
      }),
      {
        profile: "provincie",
        citation: [c("003", "L374-376")],
        quote:
          "Herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden (denk aan een nieuwe functie binnen de provincie)",
      },
    ],
  ),
  ...family(
    "side-job.publication",
    ["side-job"],
    { nl: "Openbaarmaking van nevenwerkzaamheden", en: "Publication of side jobs" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L743-745"), c("000", "L784-787")],
        quote:
          "gemelde, toegestane nevenwerkzaamheden van leden van de topmanagementgroep worden (met de voorwaarden) openbaar gemaakt.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L362"), c("001", "L373-377")],
        quote:
          "(verplichting werkgever tot openbaarmaking van geregistreerde nevenwerkzaamheden van bepaalde ambtenaren)",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L341-342")],
        quote: "Hun nevenwerkzaamheden worden openbaar gemaakt.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L377-379")],
        quote: "Gemelde, toegestane nevenwerkzaamheden van medewerkers met schaal 14 of hoger worden openbaar gemaakt.",
      },
    ],
  ),
  ...family(
    "side-job.top-official-report-all",
    ["side-job"],
    {
      nl: "Topfunctionarissen melden altijd voorgenomen nevenwerkzaamheden",
      en: "Top officials always report intended side jobs",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L341-342")],
        quote: "Topfunctionarissen moeten altijd voorgenomen nevenwerkzaamheden melden bij hun leidinggevende.",
      },
    ],
  ),
  ...family(
    "side-job.incompatible",
    ["side-job"],
    {
      nl: "Onverenigbaar: lid van Eerste of Tweede Kamer of Europees Parlement",
      en: "Incompatible: member of the Senate, House or European Parliament",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L753-754"), c("000", "L893-898")],
        quote:
          "rijksambtenaren hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L365"), c("001", "L409")],
        quote:
          "rijksambtenaren – en dus ook Kamerambtenaren - hun functie niet kunnen vervullen in combinatie met het lidmaatschap",
      },
    ],
  ),
  ...family(
    "side-job.mandate-not-in-code",
    ["side-job"],
    {
      nl: "De code noemt geen onverenigbare politieke functies",
      en: "The code names no incompatible political offices",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L329-338")],
        quote: "De term ‘nevenwerkzaamheden’ moet je ruim zien.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L357-364"), c("003", "L372")],
        quote: "Nevenwerkzaamheden zijn alle werkzaamheden die je naast je werk als ambtenaar verricht",
      },
    ],
  ),
  ...family(
    "side-job.information-use",
    ["side-job"],
    {
      nl: "Informatie van de provincie niet gebruiken in je nevenfunctie (het gebruik is verboden, niet het nevenwerk)",
      en: "Do not use the province's information in your side job (the use is forbidden, not the side job)",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L406-408")],
        quote:
          "het verboden om informatie die je tot je beschikking hebt bij de provincie te gebruiken in je nevenfuncties.",
      },
    ],
  ),
  ...family(
    "side-job.ended",
    ["side-job"],
    { nl: "Beëindigde nevenwerkzaamheid: registratie bijwerken", en: "Ended side job: update the registration" },
    [
      ...rijkAndEersteKamer({
        quote: "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden",
        rijk: [c("000", "L789-791"), c("000", "L781-783")],
        eersteKamer: [c("001", "L381"), c("001", "L377")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L893-895")],
        quote: "opgave te doen van de nevenwerkzaamheden die hij verricht of voornemens is te gaan verrichten",
      },
      {
        profile: "provincie",
        citation: [c("003", "L374-376"), c("003", "L381-382")],
        quote: "Melding en registratie van nevenwerkzaamheden",
      },
    ],
  ),
];
