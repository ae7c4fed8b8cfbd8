// The attachments of a declaration (issue 16 item 1, decision 066): name (a download link), type, size, who added
// it and when, and for the uploader a remove button while they may still change it; the upload form where the
// viewer may add one now. Used on the declarant's page (/meldingen/<id>) and the decider's (/beslissen/<id>).
import { getT } from "@/lib/i18n/server";
import { formatDateTime, formatFileSize } from "@/lib/format";
import { attachmentMaxBytes } from "@/lib/config";
import type { AttachmentsView } from "@/lib/attachments/data";
import { removeAttachmentAction, uploadAttachmentAction } from "@/lib/attachments/actions";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { ActionForm } from "@/components/ui/action-form";
import { AttachmentUpload } from "./attachment-upload";
import { Section } from "@/components/ui/section";

/** A short, readable type for a stored mime ("PDF", "PNG", "Word"), else the mime itself. */
const TYPE_LABEL: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/heic": "HEIC",
  "image/heif": "HEIF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.oasis.opendocument.text": "OpenDocument",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument",
  "application/vnd.ms-outlook": "Outlook",
  "message/rfc822": "E-mail",
};

export async function AttachmentList({ declarationId, view }: { declarationId: string; view: AttachmentsView }) {
  const { t, locale } = await getT();
  const layout = "stack-md" as const;
  const c = tableClasses(layout);
  const columns = (["name", "type", "size", "by", "when", "actions"] as const).map((k) =>
    t(`attachments.columns.${k}`),
  );
  const anyRemovable = view.items.some((a) => a.removable);
  const headers = anyRemovable ? columns : columns.slice(0, -1);
  return (
    <Section id="bijlagen" title={t("attachments.title")} testId="attachments">
      {view.items.length === 0 ? (
        <p className="mt-2" data-testid="attachments-empty">
          {t("attachments.none")}
        </p>
      ) : (
        <Table caption={t("attachments.caption")} headers={headers} numeric={[2]} layout={layout} className="mt-2">
          {view.items.map((a) => (
            <tr key={a.id} className={c.row} data-testid="attachment-row">
              <th scope="row" className={`${c.rowHeader} break-all`}>
                <StackLabel layout={layout}>{columns[0]}</StackLabel>
                <a href={`/meldingen/${declarationId}/bijlagen/${a.id}`} download>
                  {a.name}
                </a>
                <span className="block text-sm text-neutral-700">{t(`attachments.to.${a.to}`)}</span>
              </th>
              <td className={c.cell}>
                <StackLabel layout={layout}>{columns[1]}</StackLabel>
                {TYPE_LABEL[a.mime] ?? a.mime}
              </td>
              <td className={`${c.numeric} whitespace-nowrap`}>
                <StackLabel layout={layout}>{columns[2]}</StackLabel>
                {formatFileSize(a.size, locale)}
              </td>
              <td className={c.cell}>
                <StackLabel layout={layout}>{columns[3]}</StackLabel>
                {a.uploaderName}
              </td>
              <td className={c.cell}>
                <StackLabel layout={layout}>{columns[4]}</StackLabel>
                {formatDateTime(a.createdAt, locale)}
              </td>
              {anyRemovable ? (
                <td className={c.cell}>
                  {a.removable ? (
                    <ActionForm
                      action={removeAttachmentAction}
                      hidden={{ id: declarationId, attachmentId: a.id }}
                      label={t("attachments.remove")}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </Table>
      )}
      {view.canAddTo.length > 0 ? (
        view.remaining > 0 ? (
          <AttachmentUpload
            action={uploadAttachmentAction}
            id={declarationId}
            canAddTo={view.canAddTo}
            labels={{
              title: t("attachments.add.title"),
              lead: t(`attachments.add.${view.canAddTo[0]!}`),
              file: t("attachments.add.file"),
              hint: t("attachments.add.hint", {
                max: Math.round(attachmentMaxBytes() / 1024 / 1024),
                remaining: view.remaining,
              }),
              to: t("attachments.add.to"),
              toOptions: {
                declaration: t("attachments.to.declaration"),
                answer: t("attachments.to.answer"),
                decision: t("attachments.to.decision"),
              },
              submit: t("attachments.add.submit"),
              problemTitle: t("attachments.problemTitle"),
              errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
            }}
          />
        ) : (
          <p className="mt-4" data-testid="attachments-full">
            {t("attachments.add.full")}
          </p>
        )
      ) : null}
    </Section>
  );
}
