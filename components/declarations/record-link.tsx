// "Download als PDF": the printable record of a declaration (decision 065). A plain link: the route answers with
// an attachment, so it works without JavaScript, and the browser saves the file where the person chooses.
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";

export async function RecordLink({ id }: { id: string }) {
  const { t } = await getT();
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden">
      <a href={`/meldingen/${id}/pdf`} className={buttonClass("secondary", "small")} data-testid="record-pdf">
        {t("record.download")}
      </a>
      <span className="text-sm text-neutral-700">{t("record.downloadHint")}</span>
    </p>
  );
}
