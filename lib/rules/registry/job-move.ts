// Moving to a new job (catalogue 1.7 D-1; evaluated in lib/rules/evaluate/job-move.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const JOB_MOVE_RULES: readonly RuleDefinition[] = [
  ...family(
    "job-move.sensitive",
    ["job-move"],
    {
      nl: "Gevoelige overstap: meld tijdig en bespreek de risico's",
      en: "Sensitive move: report in time and discuss the risks",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L903-926")],
        quote: "wees transparant over je nieuwe werk en meld de overstap tijdig; bespreek de risico’s",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L413-425")],
        quote: "wees transparant over je nieuwe werk en meld de overstap tijdig",
      },
    ],
  ),
  ...family(
    "job-move.cooling-off",
    ["job-move"],
    { nl: "Afkoelingsperiode: altijd maatwerk", en: "Cooling-off period: always tailor-made" },
    rijkAndEersteKamer({
      quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
      rijk: [c("000", "L926-941")],
      eersteKamer: [c("001", "L425-431")],
    }),
  ),
  ...family("job-move.not-sensitive", ["job-move"], { nl: "Geen gevoelige overstap", en: "Not a sensitive move" }, [
    {
      profile: "rijk",
      citation: [c("000", "L903-910")],
      quote: "In uitzonderlijke gevallen kan de overstap ... gevoelig liggen",
    },
    { profile: "eerste-kamer", citation: [c("001", "L415")], quote: "In uitzonderlijke gevallen kan de overstap ... " },
  ]),
  ...family(
    "job-move.no-rule",
    ["job-move"],
    {
      nl: "Geen regel over een afkoelingsperiode; geheimhouding blijft gelden",
      en: "No cooling-off rule; secrecy continues",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L949-952")],
        quote: "De ambtenaar en de gewezen ambtenaar zijn verplicht tot geheimhouding",
      },
      {
        profile: "provincie",
        citation: [c("003", "L527-528")],
        quote: "De geheimhoudingsplicht blijft ook na uitdiensttreding gelden.",
      },
    ],
  ),
];
