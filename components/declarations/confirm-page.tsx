import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { canDiscard, canWithdraw } from "@/lib/declarations/lifecycle";
import { discardDraftAction, withdrawDeclarationAction } from "@/lib/declarations/actions";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

export type ConfirmKind = "withdraw" | "discard";

export async function confirmMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.noJs.confirmTitle") };
}

/**
 * "Weet je het zeker?" on a page of its own before withdrawing a declaration or deleting a draft (issue 19 item 5,
 * conventions: confirm on a page, not in a browser dialog): the same page with and without JavaScript. The action
 * re-checks the declaration's owner and status in the data layer; this page only asks.
 */
export async function DeclarationConfirmPage({ kind, params }: { kind: ConfirmKind; params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  // Only the viewer's own declaration: anyone else's is "not found" (checked in the data layer).
  const d = await getMyDeclaration(viewer, id);
  if (!d) notFound();
  // Nothing to confirm any more (already sent, withdrawn or decided): back to the declaration itself.
  if (!(kind === "withdraw" ? canWithdraw(d.status) : canDiscard(d.status))) redirect(`/meldingen/${d.id}`);
  const { t } = await getT();
  const title = d.title || t("declarations.noJs.untitled");
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold">{t("declarations.noJs.confirmTitle")}</h1>
      <p className="text-lg" data-testid="confirm-lead">
        {kind === "withdraw"
          ? t("declarations.noJs.withdrawLead", { title })
          : t("declarations.noJs.discardLead", { title })}
        {d.reference ? ` (${d.reference})` : ""}
      </p>
      <p>
        {kind === "withdraw" ? t("declarations.noJs.withdrawConsequence") : t("declarations.noJs.discardConsequence")}
      </p>
      {kind === "withdraw" ? (
        <ActionForm
          action={withdrawDeclarationAction}
          hidden={{ id: d.id, version: d.version }}
          label={t("declarations.noJs.withdrawSubmit")}
          variant="destructive"
        >
          <Field id="withdraw-note" look="compact" label={t("declarations.detail.withdrawNote")}>
            <textarea
              id="withdraw-note"
              name="note"
              rows={3}
              maxLength={4000}
              className="mt-1 block w-full max-w-md rounded border-2 border-neutral-700 px-2 py-1"
            />
          </Field>
        </ActionForm>
      ) : (
        <ActionForm
          action={discardDraftAction}
          hidden={{ id: d.id, version: d.version }}
          label={t("declarations.noJs.discardSubmit")}
          variant="destructive"
        />
      )}
      <p>
        <Link href={`/meldingen/${d.id}`}>{t("declarations.noJs.back")}</Link>
      </p>
    </div>
  );
}
