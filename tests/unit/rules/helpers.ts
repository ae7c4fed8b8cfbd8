import { evaluate, getProfile, type PersonFacts, type PolicyProfile, type Verdict } from "@/lib/rules";

export const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  salaryScale: 10,
  topManagementGroup: false,
  topOfficial: false,
  financialRiskFunction: false,
  vulnerableFunction: false,
  isManager: false,
  ...over,
});

export const gift = (over: Record<string, unknown> = {}) => ({
  type: "gift",
  direction: "received",
  kind: "goods",
  valueCents: 2500,
  date: "2026-03-01",
  giverInProcurementOrAwaitingDecision: false,
  deliveredToHomeAddress: false,
  foreignRelation: false,
  refusalWouldOffend: false,
  privateUseOfPoints: false,
  exceptionGrounds: [],
  refusalMakesWorkImpossible: false,
  ...over,
});

export const invitation = (over: Record<string, unknown> = {}) => ({
  type: "invitation",
  eventKind: "dinner",
  startDate: "2026-04-10",
  endDate: "2026-04-10",
  estimatedValueCents: 8000,
  hostInProcurementOrAwaitingDecision: false,
  functionalOrRepresentative: true,
  appearanceOfCorruptionMinimal: true,
  othersPayTravelOrStay: false,
  tripNecessaryForWork: false,
  ...over,
});

export const commercial = (over: Record<string, unknown> = {}) => ({
  type: "commercial-activity",
  role: "speaker",
  eventDate: "2026-05-01",
  commerciallyOrganised: true,
  feeOfferedCents: 0,
  acceptsFee: false,
  ...over,
});

export const trip = (over: Record<string, unknown> = {}) => ({
  type: "trip-extension",
  tripStart: "2026-06-01T08:00",
  tripEnd: "2026-06-03T18:00",
  extensions: [{ position: "end", start: "2026-06-03T18:00", end: "2026-06-06T18:00" }],
  ...over,
});

export const sideJob = (answers: Record<string, string>, over: Record<string, unknown> = {}) => ({
  type: "side-job",
  status: "intended",
  change: "new",
  paid: false,
  role: "board-member",
  mandate: "none",
  startDate: "2026-05-01",
  endDate: null,
  answers,
  ...over,
});

export const financial = (over: Record<string, unknown> = {}) => ({
  type: "financial-interest",
  kind: "securities-holding",
  moment: "on-acquisition",
  date: "2026-03-01",
  relatedToFunction: true,
  usesInsideInformation: false,
  ...over,
});

export const hire = (over: Record<string, unknown> = {}) => ({
  type: "former-employee-hire",
  employmentEndedOn: "2025-01-31",
  plannedStart: "2026-03-01",
  sameWork: false,
  leftWithSeverancePay: false,
  weightyReasons: false,
  ...over,
});

export const exMinister = (over: Record<string, unknown> = {}) => ({
  type: "ex-minister-contact",
  ministerLeftOfficeOn: "2025-01-15",
  leftOfficeKnown: "day",
  contactDate: "2026-03-01",
  capacity: "official",
  formerPolicyArea: "yes",
  ...over,
});

export const jobMove = (over: Record<string, unknown> = {}) => ({
  type: "job-move",
  plannedLeaveDate: "2026-09-01",
  newJobStart: "2026-09-01",
  newWorkReportableAsSideJob: true,
  interestsMayClash: true,
  ...over,
});

// decision 040
export const tobaccoContact = (over: Record<string, unknown> = {}) => ({
  type: "tobacco-industry-contact",
  contactDate: "2026-03-10",
  contactKind: "meeting",
  ...over,
});

export const parliamentContact = (over: Record<string, unknown> = {}) => ({
  type: "parliament-contact",
  contactDate: "2026-03-10",
  initiative: "member-asked",
  informationKind: "public",
  factualOnly: true,
  purpose: "work",
  ...over,
});

export const expenseClaim = (over: Record<string, unknown> = {}) => ({
  type: "expense-claim",
  costDate: "2026-03-10",
  amountCents: 4950,
  necessaryForWork: true,
  otherReimbursement: "no",
  ...over,
});

/** Decision 041. */
export const privateRelationship = (over: Record<string, unknown> = {}) => ({
  type: "private-relationship",
  relationKind: "romantic",
  otherParty: "colleague",
  functionsTouch: "no",
  dependency: false,
  withOwnManager: false,
  riskToObjectivity: "no",
  wantsTransferOrDismissal: false,
  ...over,
});

/** Decision 041. */
export const supplierContact = (over: Record<string, unknown> = {}) => ({
  type: "supplier-contact",
  relationRole: "bidder",
  contactKind: "family",
  involvement: "handling",
  alreadyStarted: false,
  ...over,
});

export const NOW = "2026-03-02T10:00";

export function run(
  decl: unknown,
  profile: PolicyProfile | string = "rijk",
  opts: { person?: Partial<PersonFacts>; now?: string } = {},
): Verdict {
  const p = typeof profile === "string" ? getProfile(profile) : profile;
  return evaluate(decl as never, { profile: p, person: person(opts.person), now: opts.now ?? NOW });
}

export const ruleIds = (v: Verdict): string[] => v.reasons.map((r) => r.ruleId);
export const codes = (v: Verdict): string[] => v.obligations.map((o) => o.code);

/** All "no" answers for the profile's question set. */
export function noAnswers(ids: readonly { id: string }[]): Record<string, string> {
  return Object.fromEntries(ids.map((q) => [q.id, "no"]));
}
