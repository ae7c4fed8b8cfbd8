// The side-job self-assessment questions per organisation, as written in each code,
// so the forms can render them. Answers are "yes" | "no" | "doubt".
import type { Citation, LocalizedText, ProfileId } from "./types";

export interface SideJobQuestion {
  id: string;
  text: LocalizedText;
  citation: Citation;
  /** A "yes" means something the side job involves is forbidden (Provincie: the use of provincial information, 003 L406-408), not the side job itself. */
  prohibitedIfYes?: boolean;
}

const rijkQuestions = (file: "000" | "001", lines: string[]): SideJobQuestion[] => {
  const texts: LocalizedText[] = [
    {
      nl: "Lijken de nevenwerkzaamheden op je functie en werkterrein?",
      en: "Is the side job similar to your job and field of work?",
    },
    {
      nl: "Heb je in de nevenwerkzaamheden te maken met hetzelfde netwerk (personen, bedrijven en instanties) als in je functie?",
      en: "Does the side job involve the same network (people, companies, bodies) as your job?",
    },
    { nl: "Heb je de nevenwerkzaamheden gekregen door je functie?", en: "Did you get the side job through your job?" },
    {
      nl: "Gebruik je in de nevenwerkzaamheden informatie, kennis of vaardigheden uit je functie, of heb je daar voordeel van?",
      en: "Do you use, or benefit from, information, knowledge or skills from your job in the side job?",
    },
    {
      nl: "Zijn de nevenwerkzaamheden groot in tijd of verdiensten?",
      en: "Is the side job substantial in time or earnings?",
    },
    {
      nl: "Heeft de organisatie, branche of persoon waarvoor je het doet een twijfelachtige reputatie?",
      en: "Does the organisation, sector or person you do it for have a questionable reputation?",
    },
    { nl: "Kan het publiek er negatief tegen aankijken?", en: "Could the public view the side job negatively?" },
    {
      nl: "Kost de nevenfunctie zoveel tijd en energie dat je werk eronder kan lijden?",
      en: "Does the side job take so much time and energy that your job may suffer?",
    },
    {
      nl: "Leiden de nevenwerkzaamheden tot een overtreding van de Arbeidstijdenwet?",
      en: "Does the side job lead to a breach of the Working Hours Act (Arbeidstijdenwet)?",
    },
  ];
  const ids = [
    "similar-to-job",
    "same-network",
    "obtained-through-job",
    "uses-job-knowledge",
    "substantial-time-or-income",
    "reputation",
    "public-perception",
    "time-and-energy",
    "working-hours-act",
  ];
  return ids.map((id, i) => ({ id, text: texts[i]!, citation: { file, lines: lines[i]! } }));
};

export const SIDE_JOB_QUESTIONS: Readonly<Record<ProfileId, readonly SideJobQuestion[]>> = Object.freeze({
  rijk: rijkQuestions("000", [
    "L805-807",
    "L808-811",
    "L813-814",
    "L816-818",
    "L820-821",
    "L823-824",
    "L826-827",
    "L829-830",
    "L832-833",
  ]),
  "eerste-kamer": rijkQuestions("001", ["L387", "L388", "L389", "L390", "L391", "L392", "L393", "L394", "L395"]),
  gemeente: [
    {
      id: "similar-to-job",
      text: { nl: "Lijken je nevenwerkzaamheden op je functie?", en: "Is your side job similar to your job?" },
      citation: { file: "002", lines: "L367" },
    },
    {
      id: "same-network",
      text: {
        nl: "Heb je in je nevenwerkzaamheden te maken met hetzelfde netwerk (personen, bedrijven en instanties) als in je functie?",
        en: "Does your side job involve the same network (people, companies, bodies) as your job?",
      },
      citation: { file: "002", lines: "L369-371" },
    },
    {
      id: "municipal-supervision",
      text: {
        nl: "Houdt de gemeente toezicht op de organisatie waarvoor je de nevenwerkzaamheden doet?",
        en: "Does the municipality supervise the organisation you do the side job for?",
      },
      citation: { file: "002", lines: "L373" },
    },
    {
      id: "obtained-through-job",
      text: {
        nl: "Heb je de nevenwerkzaamheden gekregen met hulp van je functie?",
        en: "Did you get the side job with the help of your job?",
      },
      citation: { file: "002", lines: "L375" },
    },
    {
      id: "uses-job-information",
      text: {
        nl: "Gebruik je in de nevenwerkzaamheden (vertrouwelijke) informatie, (voor)kennis of vaardigheden uit je functie?",
        en: "Do you use (confidential) information, (prior) knowledge or skills from your job in the side job?",
      },
      citation: { file: "002", lines: "L377-379" },
    },
    {
      id: "reputation",
      text: {
        nl: "Heeft de organisatie of persoon waarvoor je het doet een bedenkelijke functie of reputatie?",
        en: "Does the organisation or person you do it for have a dubious role or reputation?",
      },
      citation: { file: "002", lines: "L381-383" },
    },
  ],
  // The Provincie code has no checklist (decision 015): its reporting test and its ban on using
  // provincial information are asked as two questions.
  provincie: [
    {
      id: "affects-interests",
      text: {
        nl: "Kunnen de nevenwerkzaamheden de belangen van de provincie raken?",
        en: "Could the side job affect the interests of the province?",
      },
      citation: { file: "003", lines: "L372" },
    },
    {
      id: "uses-provincial-information",
      text: {
        nl: "Gebruik je in de nevenwerkzaamheden informatie die je bij de provincie hebt?",
        en: "Do you use information you have at the province in the side job?",
      },
      citation: { file: "003", lines: "L406-408" },
      prohibitedIfYes: true,
    },
  ],
});

/** Every question id used by any organisation (the input schema accepts these keys). */
export const ALL_SIDE_JOB_QUESTION_IDS: readonly string[] = Array.from(
  new Set(Object.values(SIDE_JOB_QUESTIONS).flatMap((qs) => qs.map((q) => q.id))),
);
