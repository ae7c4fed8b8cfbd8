import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { AWAITING_ANSWER, canEdit } from "@/lib/declarations/lifecycle";
import { getT } from "@/lib/i18n/server";
import { DeclarationFormPage } from "@/components/declarations/form-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.detail.edit") };
}

export default async function EditDeclarationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kopie?: string }>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const { kopie } = await searchParams;
  // Ownership is checked in the data layer: another person's declaration is "not found".
  const declaration = await getMyDeclaration(viewer, id);
  if (!declaration) notFound();
  if (!canEdit(declaration.status)) redirect(`/meldingen/${id}`);
  const { t } = await getT();
  const question = AWAITING_ANSWER.includes(declaration.status)
    ? [...declaration.messages].reverse().find((m) => m.kind === "QUESTION")
    : undefined;
  return (
    <DeclarationFormPage
      viewer={viewer}
      type={declaration.type}
      initialValues={declaration.answers}
      id={declaration.id}
      version={declaration.version}
      notice={
        question ? (
          <div className="border-l-4 border-orange-600 bg-orange-50 p-4" data-testid="info-question">
            <p className="font-bold">{t("declarations.form.infoQuestion", { name: question.authorName })}</p>
            <p className="mt-1 whitespace-pre-line">{question.body}</p>
          </div>
        ) : kopie ? (
          <p className="border-l-4 border-sky-700 bg-sky-50 p-4">{t("declarations.form.copyOf")}</p>
        ) : null
      }
    />
  );
}
