import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/session";
import type { RawValues } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { saveDeclarationAction } from "@/lib/declarations/actions";
import { getMessages } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import type { DeclarationType } from "@/lib/rules";
import { DeclarationForm } from "./declaration-form";

/** The shared body of the "new" and "edit" pages of a declaration form. */
export async function DeclarationFormPage({
  viewer,
  type,
  initialValues,
  id,
  version,
  notice,
}: {
  viewer: Viewer;
  type: DeclarationType;
  initialValues: RawValues;
  id?: string;
  version?: number;
  notice?: React.ReactNode;
}) {
  const { t, locale } = await getT();
  const def = getDeclarationForm(type)!;
  const context = await getFilingContext(viewer);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-neutral-700">{t(`declarations.types.${type}`)}</p>
        <h1 className="text-3xl font-bold">{def.title[locale]}</h1>
        <p className="mt-2 max-w-prose text-lg">{def.intro[locale]}</p>
      </div>
      {notice}
      <DeclarationForm
        type={type}
        locale={locale}
        ctx={{ profileId: context.profileId, profile: context.profile, today: context.today }}
        profile={context.profile}
        person={context.person}
        now={context.now}
        initialValues={initialValues}
        id={id}
        version={version}
        draftKey={id ? undefined : randomUUID()}
        messages={getMessages(locale).declarations}
        action={saveDeclarationAction}
      />
    </div>
  );
}
