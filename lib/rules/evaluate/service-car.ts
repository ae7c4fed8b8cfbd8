// Private use of a service, lease or pool car (catalogue 1.4 R-7; decision 039, which replaces decision 019's
// "left out" for service cars). Rijk 000 L676-683: allowed if and as far as you have written permission; you pay an
// own contribution per private kilometre. Eerste Kamer: no car paragraph; its general rule on private use of the
// employer's resources applies (001 L330-332: appropriate use, grey zone agreed with the manager). Gemeente
// 002 L608-616, L634-643: company resources are not for private use; an exception only after the manager's
// permission, e.g. a calamity, never to go home for convenience. Provincie 003 L324-328: private use and commuting
// are not permitted.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { ProfileId } from "../types";
import { calendarDate, cite, endNotBeforeStart, ruleFamily, type DutyRule } from "./shared";

export const ServiceCarDeclarationSchema = z
  .strictObject({
    type: z.literal("service-car"),
    /** What the car is used for privately. calamity: an emergency (e.g. a child hurt, 002 L636-641); commute: between home and work. */
    purpose: z.enum(["calamity", "commute", "other-private"]),
    startDate: calendarDate,
    endDate: calendarDate,
  })
  .superRefine(endNotBeforeStart);
export type ServiceCarDeclaration = z.infer<typeof ServiceCarDeclarationSchema>;

export interface ServiceCarPolicy {
  /**
   * written-permission: private use if and as far as permitted in writing, own contribution per private km (Rijk);
   * agree-with-manager: no car rule; appropriate private use agreed with the manager (Eerste Kamer);
   * calamity-only: only exceptionally (a calamity) after the manager's permission (Gemeente);
   * banned: never, commuting included (Provincie).
   */
  privateUse: "written-permission" | "agree-with-manager" | "calamity-only" | "banned";
}

export const SERVICE_CAR_POLICY: Record<ProfileId, ServiceCarPolicy> = {
  rijk: { privateUse: "written-permission" }, // 000 L676-683
  "eerste-kamer": { privateUse: "agree-with-manager" }, // 001 L330-332
  gemeente: { privateUse: "calamity-only" }, // 002 L616, L634-643
  provincie: { privateUse: "banned" }, // 003 L324-328
};

const T = "service-car" as const;

export const SERVICE_CAR_RULES: DutyRule[] = [
  ...ruleFamily(
    "service-car.written-permission",
    T,
    {
      nl: "Privégebruik van een dienstauto alleen met schriftelijke toestemming, met een eigen bijdrage",
      en: "Private use of a service car only with written permission, with an own contribution",
    },
    [
      {
        profile: "rijk",
        citation: [cite("000", "L676-683")],
        quote:
          "Privégebruik is toegestaan indien en voor zover je daar schriftelijk toestemming voor hebt verkregen. Voor de privékilometers draag je een eigen bijdrage af.",
      },
    ],
  ),
  ...ruleFamily(
    "service-car.no-car-rule",
    T,
    {
      nl: "Geen regel over dienstauto's; gepast privégebruik van middelen spreek je af met je leidinggevende",
      en: "No rule on service cars; appropriate private use of resources is agreed with your manager",
    },
    [
      {
        profile: "eerste-kamer",
        citation: [cite("001", "L330-332")],
        quote:
          "Er is altijd sprake van een grijs gebied: bespreek daarom in voorkomende gevallen met je leidinggevende wat wel of niet mag.",
      },
    ],
  ),
  ...ruleFamily(
    "service-car.calamity-only",
    T,
    {
      nl: "Een dienstauto alleen bij een calamiteit privé gebruiken, na toestemming",
      en: "A service car privately only in a calamity, after permission",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L634-641")],
        quote:
          "Dat kan alleen nadat jouw leidinggevende toestemming heeft gegeven. Het kan bijvoorbeeld dat je toestemming krijgt om de dienstauto te gebruiken bij een calamiteit.",
      },
    ],
  ),
  ...ruleFamily(
    "service-car.not-for-private",
    T,
    {
      nl: "Bedrijfsmiddelen, ook de dienstauto, niet privé gebruiken; niet om naar huis te gaan",
      en: "Company resources, the service car included, are not for private use; not to go home",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L608-616"), cite("002", "L641-643")],
        quote:
          "Maar je mag de dienstauto niet gebruiken om naar huis te gaan zodat je niet met de trein, de fiets of de taxi hoeft, omdat je daar geen zin in hebt of er het geld niet voor over hebt.",
      },
    ],
  ),
  ...ruleFamily(
    "service-car.banned",
    T,
    {
      nl: "Privégebruik van dienst- en poolauto's en woon-werkverkeer niet toegestaan",
      en: "Private use of service and pool cars and commuting not permitted",
    },
    [
      {
        profile: "provincie",
        citation: [cite("003", "L324-328")],
        quote:
          "Privégebruik van de dienst- en poolauto’s is niet toegestaan evenals het gebruik voor woon-werk verkeer.",
      },
    ],
  ),
];

export function evaluateServiceCar(d: ServiceCarDeclaration, env: Env, c: Collector): void {
  c.route("manager");
  switch (env.p.serviceCar.privateUse) {
    case "written-permission":
      c.finding(
        "service-car.written-permission",
        "approval-required",
        "Je mag de auto privé gebruiken als je daarvoor schriftelijke toestemming hebt, en alleen zoveel als die toestemming zegt. Voor privékilometers betaal je een eigen bijdrage.",
        "You may use the car privately if you have written permission, and only as far as it goes. You pay an own contribution for private kilometres.",
        ["written-permission-private-use", "pay-private-km-contribution"],
      );
      return;
    case "agree-with-manager":
      c.finding(
        "service-car.no-car-rule",
        "approval-required",
        "Je gedragscode heeft geen regel over dienstauto's. Gepast privégebruik van middelen van het werk spreek je af met je leidinggevende.",
        "Your code has no rule on service cars. Appropriate private use of work resources is agreed with your manager.",
        ["discuss-in-advance"],
      );
      return;
    case "calamity-only":
      if (d.purpose === "calamity") {
        c.finding(
          "service-car.calamity-only",
          "approval-required",
          "Bij een calamiteit kan je leidinggevende toestemming geven om de dienstauto te gebruiken. Gebruik de auto pas na die toestemming.",
          "In a calamity your manager may allow you to use the service car. Use the car only after that permission.",
          ["permission-before-use"],
        );
      } else {
        c.finding(
          "service-car.not-for-private",
          "not-permitted",
          d.purpose === "commute"
            ? "Je mag de dienstauto niet gebruiken om naar huis te gaan. Een uitzondering kan alleen bij een calamiteit."
            : "Middelen van het werk, ook de dienstauto, zijn niet voor privégebruik. Een uitzondering kan alleen bij een calamiteit.",
          d.purpose === "commute"
            ? "You may not use the service car to go home. An exception is possible only in a calamity."
            : "Work resources, the service car included, are not for private use. An exception is possible only in a calamity.",
          ["no-private-use-of-car"],
        );
      }
      return;
    case "banned":
      c.finding(
        "service-car.banned",
        "not-permitted",
        "Privégebruik van een dienst- of poolauto is niet toegestaan. Woon-werkverkeer ook niet.",
        "Private use of a service or pool car is not permitted. Nor is travel between home and work.",
        ["no-private-use-of-car"],
      );
      return;
  }
}
