// Input schemas of the two duties that end in a recusal (decision 041). No field has a default: a missing field is
// an error, never a guess (decision 020). A question a code does not ask is sent as false.
import { z } from "zod";

const answer = z.enum(["yes", "no", "doubt"]);

export const PrivateRelationshipDeclarationSchema = z
  .strictObject({
    type: z.literal("private-relationship"),
    relationKind: z.enum(["family", "friendship", "romantic"]),
    /** A colleague, or an external relation of the organisation (000 L1824-1826). */
    otherParty: z.enum(["colleague", "external-relation"]),
    /** Does your work touch the other person's work or interests ("als de functies elkaar ... raken")? */
    functionsTouch: answer,
    /** One of you is the other's manager, or assesses, checks or approves the other's work. */
    dependency: z.boolean(),
    /** The other person is your own manager: then your manager cannot be the one who handles the report. */
    withOwnManager: z.boolean(),
    /** Can the relationship stand in the way of working professionally and objectively? */
    riskToObjectivity: answer,
    /** Provincie only (003 L697-698): you ask for a transfer or dismissal yourself; false elsewhere. */
    wantsTransferOrDismissal: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.withOwnManager && !(v.otherParty === "colleague" && v.dependency)) {
      ctx.addIssue({
        code: "custom",
        path: ["withOwnManager"],
        message: "Your own manager is a colleague with a dependency.",
        params: {
          ruleCode: "invalid-value",
          nl: "Je eigen leidinggevende is een collega van wie je afhankelijk bent.",
          en: "Your own manager is a colleague you depend on.",
        },
      });
    }
  });
export type PrivateRelationshipDeclaration = z.infer<typeof PrivateRelationshipDeclarationSchema>;

export const SupplierContactDeclarationSchema = z.strictObject({
  type: z.literal("supplier-contact"),
  /** Who the other party is to the organisation. */
  relationRole: z.enum(["supplier", "bidder", "other-business-relation"]),
  /** The private contact: family, a friend, private business dealings (you buy from or sell to them privately), other. */
  contactKind: z.enum(["family", "friendship", "private-business", "other"]),
  /** Your part in the matter: you handle or decide it, you may get it, or you have no part in it. */
  involvement: z.enum(["handling", "may-handle", "none"]),
  /** You have already worked on the matter (the codes ask to report "vooraf"). */
  alreadyStarted: z.boolean(),
});
export type SupplierContactDeclaration = z.infer<typeof SupplierContactDeclarationSchema>;
