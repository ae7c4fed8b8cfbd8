// Hiring a former employee (catalogue 1.7 D-3..D-5; evaluated in lib/rules/evaluate/former-employee-hire.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const FORMER_EMPLOYEE_HIRE_RULES: readonly RuleDefinition[] = [
  ...family(
    "former-employee.two-year-ban",
    ["former-employee-hire"],
    {
      nl: "Geen inhuur van oud-ambtenaren binnen twee jaar na vertrek",
      en: "No hiring of former staff within two years of leaving",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L456-458"), c("003", "L460-463")],
        quote: "Voormalige provinciale ambtenaren worden niet binnen twee jaar na ontslag ingehuurd",
      },
    ],
  ),
  ...family(
    "former-employee.current-staff",
    ["former-employee-hire"],
    {
      nl: "Eigen ambtenaren niet tegelijk als externe inhuren, behalve bij hoge uitzondering",
      en: "Own staff not hired as externals at the same time, except very exceptionally",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L456-457"), c("003", "L460-461")],
        quote:
          "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe",
      },
    ],
  ),
  ...family(
    "former-employee.still-employed",
    ["former-employee-hire"],
    {
      nl: "Kandidaat nog in dienst: de regel van twee jaar geldt niet, belangenverstrengeling wel",
      en: "Candidate still employed: the two-year rule does not apply, conflict of interest does",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L262-269")],
        quote:
          "Je gaat ook actief de schijn van belangenverstrengeling tegen. Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie",
      },
    ],
  ),
  ...family(
    "former-employee.avoid-two-years",
    ["former-employee-hire"],
    {
      nl: "Vermijd inhuur binnen twee jaar, tenzij zwaarwegende redenen",
      en: "Avoid hiring within two years unless there are weighty reasons",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L270-272"), c("002", "L359-360")],
        quote:
          "De gemeente vermijdt de inhuur van mensen als ze korter dan 2 jaar uit dienst zijn bij de gemeente tenzij er zwaarwegende redenen zijn",
      },
    ],
  ),
  ...family(
    "former-employee.extra-alert",
    ["former-employee-hire"],
    {
      nl: "Wees extra alert bij oud-ambtenaren; kun je het niet verantwoorden, vraag geen offerte",
      en: "Be extra alert with former civil servants; if you cannot justify it, do not ask for a quote",
    },
    rijkAndEersteKamer({
      quote: "Kun je dit niet, vraag dan geen offerte aan.",
      rijk: [c("000", "L1128"), c("000", "L1145-1156"), c("000", "L2546-2547")],
      eersteKamer: [c("001", "L489"), c("001", "L495")],
    }),
  ),
  ...family(
    "former-employee.org-period",
    ["former-employee-hire"],
    { nl: "Eigen afkoelperiode van de organisatie", en: "The organisation's own cooling period" },
    rijkAndEersteKamer({
      quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
      rijk: [c("000", "L100-106"), c("000", "L1145-1156")],
      eersteKamer: [c("000", "L100-106"), c("001", "L495")],
    }),
  ),
  ...family(
    "former-employee.outside-period",
    ["former-employee-hire"],
    { nl: "Na de periode gelden de gewone inhuurregels", en: "After the period the normal hiring rules apply" },
    [
      { profile: "gemeente", citation: [c("002", "L270-272")], quote: "korter dan 2 jaar uit dienst" },
      { profile: "provincie", citation: [c("003", "L456-458")], quote: "niet binnen twee jaar na ontslag" },
      ...rijkAndEersteKamer({
        quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
        rijk: [c("000", "L100-106")],
        eersteKamer: [c("000", "L100-106")],
      }),
    ],
  ),
];
