// Messages per locale, one file per feature area (each file holds one namespace), merged into one tree for use-intl.
import nl from "./messages/nl.json";
import en from "./messages/en.json";
import nlDecisions from "./messages/nl-decisions.json";
import enDecisions from "./messages/en-decisions.json";
import nlAdmin from "./messages/nl-admin.json";
import enAdmin from "./messages/en-admin.json";
import nlRegister from "./messages/nl-register.json";
import enRegister from "./messages/en-register.json";
import nlPolicy from "./messages/nl-policy.json";
import enPolicy from "./messages/en-policy.json";
import nlPeople from "./messages/nl-people.json";
import enPeople from "./messages/en-people.json";
import nlCampaigns from "./messages/nl-campaigns.json";
import enCampaigns from "./messages/en-campaigns.json";
import nlOverview from "./messages/nl-overview.json";
import enOverview from "./messages/en-overview.json";
import nlPrivacy from "./messages/nl-privacy.json";
import enPrivacy from "./messages/en-privacy.json";
import nlSecurity from "./messages/nl-security.json";
import enSecurity from "./messages/en-security.json";
import nlAudit from "./messages/nl-audit.json";
import enAudit from "./messages/en-audit.json";
import nlJobs from "./messages/nl-jobs.json";
import enJobs from "./messages/en-jobs.json";
import nlDeclarationTypesTravel from "./messages/nl-declaration-types-travel.json";
import enDeclarationTypesTravel from "./messages/en-declaration-types-travel.json";
import nlDeclarationTypesContacts from "./messages/nl-declaration-types-contacts.json";
import enDeclarationTypesContacts from "./messages/en-declaration-types-contacts.json";
import nlRecusals from "./messages/nl-recusals.json";
import enRecusals from "./messages/en-recusals.json";
import nlTasks from "./messages/nl-tasks.json";
import enTasks from "./messages/en-tasks.json";
import nlActions from "./messages/nl-actions.json";
import enActions from "./messages/en-actions.json";
import nlVerdictStory from "./messages/nl-verdict-story.json";
import enVerdictStory from "./messages/en-verdict-story.json";
import nlNoJs from "./messages/nl-declarations-no-js.json";
import enNoJs from "./messages/en-declarations-no-js.json";
import nlInput from "./messages/nl-input.json";
import enInput from "./messages/en-input.json";
import nlUi from "./messages/nl-ui.json";
import enUi from "./messages/en-ui.json";
import nlCitations from "./messages/nl-declarations-citations.json";
import enCitations from "./messages/en-declarations-citations.json";
import nlFlow from "./messages/nl-flow.json";
import enFlow from "./messages/en-flow.json";
import nlRecord from "./messages/nl-record.json";
import enRecord from "./messages/en-record.json";
import nlBulkDecisions from "./messages/nl-bulk-decisions.json";
import enBulkDecisions from "./messages/en-bulk-decisions.json";
import nlAccessibility from "./messages/nl-accessibility.json";
import enAccessibility from "./messages/en-accessibility.json";
import nlSearch from "./messages/nl-search.json";
import enSearch from "./messages/en-search.json";
import nlReminders from "./messages/nl-reminders.json";
import enReminders from "./messages/en-reminders.json";
import nlAttachments from "./messages/nl-attachments.json";
import enAttachments from "./messages/en-attachments.json";
import nlScim from "./messages/nl-scim.json";
import enScim from "./messages/en-scim.json";
import type { Locale } from "@/lib/format";

type Tree = { [key: string]: string | Tree };
type DeepMerge<A, B> = {
  [K in keyof A | keyof B]: K extends keyof B
    ? K extends keyof A
      ? A[K] extends string
        ? B[K]
        : DeepMerge<A[K], B[K]>
      : B[K]
    : K extends keyof A
      ? A[K]
      : never;
};

/** Declaration types added later (and the verdict texts per audience of decision 052) keep their labels in their own files, merged into the "declarations" namespace. */
function deepMerge<A extends Tree, B extends Tree>(a: A, b: B): DeepMerge<A, B> {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof v === "object" && typeof prev === "object" ? deepMerge(prev, v) : v;
  }
  return out as DeepMerge<A, B>;
}

const NL_BEFORE_CITATIONS = deepMerge(
  {
    ...deepMerge(deepMerge(nl, nlDeclarationTypesTravel), nlDeclarationTypesContacts),
    ...nlDecisions,
    ...nlAdmin,
    ...nlRegister,
    ...nlPolicy,
    ...nlPeople,
    ...nlCampaigns,
    ...nlOverview,
    ...nlPrivacy,
    ...nlSecurity,
    ...nlAudit,
    ...nlJobs,
    ...nlTasks,
    ...nlRecusals,
    ...nlActions,
    ...nlInput,
    ...nlUi,
    ...nlFlow,
    ...nlRecord,
    ...nlBulkDecisions,
    ...nlAccessibility,
    ...nlSearch,
    ...nlReminders,
    ...nlAttachments,
    ...nlScim,
  },
  nlVerdictStory,
);
const EN_BEFORE_CITATIONS = deepMerge(
  {
    ...deepMerge(deepMerge(en, enDeclarationTypesTravel), enDeclarationTypesContacts),
    ...enDecisions,
    ...enAdmin,
    ...enRegister,
    ...enPolicy,
    ...enPeople,
    ...enCampaigns,
    ...enOverview,
    ...enPrivacy,
    ...enSecurity,
    ...enAudit,
    ...enJobs,
    ...enTasks,
    ...enRecusals,
    ...enActions,
    ...enInput,
    ...enUi,
    ...enFlow,
    ...enRecord,
    ...enBulkDecisions,
    ...enAccessibility,
    ...enSearch,
    ...enReminders,
    ...enAttachments,
    ...enScim,
  },
  enVerdictStory,
);
// Citations people can read (decision 059): merged into "declarations" last, in a file of their own.
const NL = deepMerge(NL_BEFORE_CITATIONS, nlCitations);
const EN = deepMerge(EN_BEFORE_CITATIONS, enCitations);

// The texts of the pages that work without JavaScript (issue 19 item 5), in a file of their own.
const NL_ALL = deepMerge(NL, nlNoJs);
const EN_ALL = deepMerge(EN, enNoJs);

export type Messages = typeof NL_ALL;
export function getMessages(locale: Locale): Messages {
  return locale === "en" ? (EN_ALL as Messages) : NL_ALL;
}
