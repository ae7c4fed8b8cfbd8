// Expense claims (declaraties). Gemeente rule 5.4 (002 L600-602): only reasonable and necessary costs, with the
// manager's permission in advance, and you show that the costs cannot be reimbursed in another way. The Rijk, the
// Eerste Kamer and the Provincie ask only that you claim business costs actually made that are not reimbursed
// otherwise (000 L628-632, 001 L326, 003 L298-300): no permission in advance. Issue 13 group 2, decision 040.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { ProfileId } from "../types";
import { calendarDate, cents, cite as c, ruleFamily, rijkAndEersteKamer, type RuleVariant } from "./shared";

export const ExpenseClaimDeclarationSchema = z.strictObject({
  type: z.literal("expense-claim"),
  /** When the costs are (to be) made. */
  costDate: calendarDate,
  /** The expected amount, in euro cents. */
  amountCents: cents,
  /** The costs are reasonable and necessary for doing your job well (002 L600-601). true where not asked. */
  necessaryForWork: z.boolean(),
  /** Can the costs be reimbursed in another way (an allowance, the organiser, a travel card)? */
  otherReimbursement: z.enum(["yes", "no", "unsure"]),
});
export type ExpenseClaimDeclaration = z.infer<typeof ExpenseClaimDeclarationSchema>;

export interface ExpenseClaimPolicy {
  /** The manager's permission is needed before the costs are made (Gemeente rule 5.4). */
  priorManagerPermission: boolean;
  /** Only costs that are reasonable and necessary for the job (Gemeente rule 5.4). */
  necessaryCostsOnly: boolean;
}

export const EXPENSE_CLAIM_POLICY: Record<ProfileId, ExpenseClaimPolicy> = {
  rijk: { priorManagerPermission: false, necessaryCostsOnly: false }, // 000 L628-632
  "eerste-kamer": { priorManagerPermission: false, necessaryCostsOnly: false }, // 001 L326
  gemeente: { priorManagerPermission: true, necessaryCostsOnly: true }, // 002 L600-602
  provincie: { priorManagerPermission: false, necessaryCostsOnly: false }, // 003 L298-300
};

const TYPE = "expense-claim" as const;
const ACTUAL_COSTS_QUOTE_RIJK =
  "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding)";

/**
 * The sentence of the Rijk, the Eerste Kamer and the Provincie on claiming only costs actually made and not reimbursed
 * otherwise (000 L628-632, 001 L326, 003 L298-300), which two rules cite; `gemeente` is the Gemeente's own sentence
 * where a rule has one (it stands third, the profiles' order).
 */
function actualCostsVariants(gemeente?: RuleVariant): RuleVariant[] {
  return [
    ...rijkAndEersteKamer({
      quote: ACTUAL_COSTS_QUOTE_RIJK,
      rijk: [c("000", "L628-632")],
      eersteKamer: [c("001", "L326")],
    }),
    ...(gemeente ? [gemeente] : []),
    {
      profile: "provincie",
      citation: [c("003", "L298-300")],
      quote:
        "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden",
    },
  ];
}

export const EXPENSE_CLAIM_RULES = [
  ...ruleFamily(
    "expense.prior-permission",
    TYPE,
    {
      nl: "Declareren: vooraf toestemming van de leidinggevende",
      en: "Expense claims: the manager's permission in advance",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L600-602")],
        quote:
          "Daarvoor heb je vooraf toestemming van de leidinggevende nodig én je moet aantonen dat je die kosten niet op een andere manier kunt laten vergoeden.",
      },
    ],
  ),
  ...ruleFamily(
    "expense.reasonable-and-necessary",
    TYPE,
    { nl: "Alleen redelijke en noodzakelijke kosten declareren", en: "Claim only reasonable and necessary costs" },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L600-601")],
        quote:
          "Je declareert alleen kosten die redelijk en noodzakelijk zijn voor een goede vervulling van jouw functie.",
      },
    ],
  ),
  ...ruleFamily(
    "expense.not-reimbursed-otherwise",
    TYPE,
    {
      nl: "Geen kosten declareren die al op een andere manier vergoed worden",
      en: "Do not claim costs that are reimbursed in another way",
    },
    actualCostsVariants({
      profile: "gemeente",
      citation: [c("002", "L645-646")],
      quote: "Vanzelfsprekend declareer je alleen kosten die je niet op een andere manier vergoed krijgt.",
    }),
  ),
  ...ruleFamily(
    "expense.no-prior-permission",
    TYPE,
    {
      nl: "Geen toestemming vooraf in deze gedragscode: declareer volgens de regels",
      en: "No permission in advance in this code: claim under the rules",
    },
    actualCostsVariants(),
  ),
];

export function evaluateExpenseClaim(d: ExpenseClaimDeclaration, env: Env, c: Collector): void {
  const policy = env.p.expenseClaim;
  if (d.otherReimbursement === "yes") {
    c.finding(
      "expense.not-reimbursed-otherwise",
      "not-permitted",
      "Je kunt deze kosten op een andere manier vergoed krijgen. Dan declareer je ze niet.",
      "You can get these costs reimbursed in another way. Then you do not claim them.",
      ["claim-only-actual-costs"],
      "manager",
    );
  }
  if (!policy.priorManagerPermission) {
    if (d.otherReimbursement !== "yes") {
      c.finding(
        "expense.no-prior-permission",
        "no-duty",
        "Je gedragscode vraagt geen toestemming vooraf voor een declaratie. Declareer via het gewone declaratiesysteem. Je mag het hier wel vastleggen.",
        "Your code asks no permission in advance for an expense claim. Claim through the usual expense system. You may record it here.",
        ["claim-only-actual-costs"],
      );
      c.voluntary = true;
    }
    return;
  }
  if (policy.necessaryCostsOnly && !d.necessaryForWork) {
    c.reason(
      "expense.reasonable-and-necessary",
      "not-permitted",
      "Je declareert alleen kosten die redelijk en nodig zijn voor je werk. Deze kosten zijn dat volgens jou niet.",
      "You claim only costs that are reasonable and necessary for your work. By your own answer, these are not.",
    );
    c.route("manager");
  }
  const afterwards = d.costDate < env.today;
  c.finding(
    "expense.prior-permission",
    "approval-required",
    afterwards
      ? "Voor een declaratie heb je vooraf toestemming van je leidinggevende nodig. De kosten zijn al gemaakt: je leidinggevende beslist nu. Vraag het voortaan vooraf."
      : "Voor een declaratie heb je vooraf toestemming van je leidinggevende nodig. Vraag het nu, voordat je de kosten maakt.",
    afterwards
      ? "An expense claim needs your manager's permission in advance. The costs have already been made: your manager decides now. In future, ask in advance."
      : "An expense claim needs your manager's permission in advance. Ask now, before you incur the costs.",
    ["prior-permission-expense", "show-no-other-reimbursement"],
    "manager",
  );
}
