import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { grantableRoles } from "@/lib/people/roles";
import { createScimTokenAction, revokeScimTokenAction, rotateScimTokenAction } from "@/lib/scim/actions";
import { listScimTokens } from "@/lib/scim/tokens";
import { SCIM_BASE } from "@/lib/scim/provider";
import { isDemoMode, portalAddress } from "@/lib/config";
import { AdminTabs } from "@/components/people/admin-tabs";
import { peopleTranslator, tabLabels } from "@/components/people/labels";
import { ScimTokenCreateForm, ScimTokenRotateForm } from "@/components/scim/token-forms";
import { ConfirmActions } from "@/components/ui/confirm-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { Section } from "@/components/ui/section";

const PAGE = "/beheer/mensen/koppeling";

/**
 * The SCIM base URL an administrator pastes into the identity provider ("Tenant URL"): the portal's configured
 * address (NEXTAUTH_URL), else the address this page was asked for. The same for every organisation: the token
 * decides which one a request is for.
 */
async function scimBaseUrl(): Promise<string> {
  const configured = portalAddress();
  if (configured) return `${configured}${SCIM_BASE}`;
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "https";
  return `${proto}://${host}${SCIM_BASE}`;
}

/** A confirm step on this page: its title, what it does, then the form that does it (red where it cannot be undone). */
function ConfirmPanel({
  id,
  title,
  text,
  danger,
  testId,
  children,
}: {
  id: string;
  title: string;
  text: string;
  danger?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Section
      id={id}
      title={title}
      className={danger ? "rounded border-l-4 border-error bg-red-50 p-4" : "rounded border border-neutral-300 p-4"}
      testId={testId}
    >
      <p className="my-3 max-w-prose">{text}</p>
      {children}
    </Section>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("scim.admin.title") };
}

/**
 * The SCIM tokens of the organisation (decision 070): list, create (shown once), and revoke or rotate after a
 * confirm step (`?intrekken=<id>`, `?vernieuwen=<id>`: the token's id, never the token). HR and administrators.
 */
export default async function ScimTokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireArea("people");
  const sp = await searchParams;
  const { t, locale } = await getT();
  const tr = peopleTranslator(t);
  const tokens = await listScimTokens(viewer);
  const baseUrl = await scimBaseUrl();
  const pick = (key: string) => (typeof sp[key] === "string" ? tokens.find((k) => k.id === sp[key]) : undefined);
  const toRevoke = pick("intrekken");
  const toRotate = pick("vernieuwen");
  const roleLabel = (r: string) => tr(`roles.${r}`);
  const shown = { tokenLabel: tr("scim.admin.tokenLabel"), copyNow: tr("scim.admin.copyNow") };
  const label = (key: string) => <StackLabel layout="stack-md">{tr(`scim.admin.${key}`)}</StackLabel>;
  const rt = tableClasses("stack-md");
  return (
    <div className="space-y-6">
      {sp.ingetrokken ? (
        <FormAlert tone="success" testId="notice">
          {tr("scim.admin.revoked")}
        </FormAlert>
      ) : null}
      <div>
        <h1 className="text-3xl font-bold">{tr("scim.admin.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{tr("scim.admin.lead")}</p>
        <p className="mt-2 max-w-prose">{tr("scim.admin.docs")}</p>
      </div>
      <AdminTabs current="scim" labels={tabLabels(tr)} />

      {toRevoke && !toRevoke.revokedAt ? (
        <ConfirmPanel
          id="bevestig-intrekken"
          title={tr("scim.admin.confirmRevokeTitle", { name: toRevoke.name })}
          text={tr("scim.admin.confirmRevokeText")}
          danger
          testId="scim-confirm-revoke"
        >
          <ConfirmActions
            confirm={{
              action: revokeScimTokenAction,
              hidden: { id: toRevoke.id },
              label: tr("scim.admin.confirmRevoke"),
              variant: "destructive",
            }}
            back={tr("scim.admin.cancel")}
            href={PAGE}
          />
        </ConfirmPanel>
      ) : null}
      {toRotate ? (
        <ConfirmPanel
          id="bevestig-vernieuwen"
          title={tr("scim.admin.confirmRotateTitle", { name: toRotate.name })}
          text={tr("scim.admin.confirmRotateText")}
          testId="scim-confirm-rotate"
        >
          <ScimTokenRotateForm
            action={rotateScimTokenAction}
            id={toRotate.id}
            revoked={toRotate.revokedAt !== null}
            labels={{
              ...shown,
              submit: tr("scim.admin.confirmRotate"),
              alreadyRevoked: tr("scim.admin.alreadyRevoked"),
            }}
          />
          <p className="mt-3">
            <Link href={PAGE}>{tr("scim.admin.cancel")}</Link>
          </p>
        </ConfirmPanel>
      ) : null}

      {tokens.length === 0 ? (
        <p data-testid="scim-tokens-empty">{tr("scim.admin.empty")}</p>
      ) : (
        <Table
          caption={tr("scim.admin.caption", { organisation: viewer.organisationName })}
          captionVisible
          layout="stack-md"
          testId="scim-tokens"
          headers={["name", "prefix", "roles", "createdAt", "lastUsed", "status", "actions"].map((k) =>
            tr(`scim.admin.${k}`),
          )}
        >
          {tokens.map((k) => (
            <tr key={k.id} className={rt.row} data-testid="scim-token-row">
              <th scope="row" className={`${rt.cell} font-bold`}>
                {k.name}
              </th>
              <td className={rt.cell}>
                {label("prefix")}
                <code className="break-all">{k.tokenPrefix}…</code>
              </td>
              <td className={rt.cell}>
                {label("roles")}
                {k.grantableRoles.map(roleLabel).join(", ")}
              </td>
              <td className={rt.cell}>
                {label("createdAt")}
                {formatDate(k.createdAt, locale)}
                {k.createdBy ? (
                  <span className="block">{tr("scim.admin.createdBy", { name: k.createdBy })}</span>
                ) : null}
              </td>
              <td className={rt.cell}>
                {label("lastUsed")}
                {k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : tr("scim.admin.never")}
              </td>
              <td className={rt.cell}>
                {label("status")}
                {k.revokedAt
                  ? tr("scim.admin.revokedAt", { date: formatDate(k.revokedAt, locale) })
                  : tr("scim.admin.active")}
              </td>
              <td className={rt.cell}>
                {label("actions")}
                {k.revokedAt ? (
                  "–"
                ) : (
                  <span className="flex flex-wrap gap-x-4 gap-y-2">
                    <Link href={`${PAGE}?vernieuwen=${encodeURIComponent(k.id)}`} className="font-bold">
                      {tr("scim.admin.rotate")}
                      <span className="sr-only">: {k.name}</span>
                    </Link>
                    <Link href={`${PAGE}?intrekken=${encodeURIComponent(k.id)}`} className="font-bold text-error">
                      {tr("scim.admin.revoke")}
                      <span className="sr-only">: {k.name}</span>
                    </Link>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}

      <Section id="scim-adres" title={tr("scim.admin.addressTitle")} className="rounded border border-neutral-300 p-4">
        <p className="mt-2 max-w-prose">{tr("scim.admin.addressHint")}</p>
        <p className="mt-3">
          <span className="block font-semibold" id="scim-base-url-label">
            {tr("scim.admin.addressLabel")}
          </span>
          <code
            aria-labelledby="scim-base-url-label"
            className="mt-1 block rounded border-2 border-neutral-700 bg-white px-2 py-2 font-mono break-all select-all"
            data-testid="scim-base-url"
          >
            {baseUrl}
          </code>
        </p>
        {baseUrl.startsWith("http:") && !isDemoMode() ? (
          <p className="mt-3 max-w-prose font-bold text-error" data-testid="scim-base-url-http">
            {tr("scim.admin.addressHttp")}
          </p>
        ) : null}
      </Section>

      <section aria-labelledby="nieuwe-sleutel" className="rounded border border-neutral-300 p-4">
        <h2 id="nieuwe-sleutel" className="mb-4 text-xl font-bold">
          {tr("scim.admin.createTitle")}
        </h2>
        <ScimTokenCreateForm
          // A token just made is shown once: opening a confirm step (a client navigation) starts the form afresh,
          // so a token that step may replace is not left on the screen.
          key={`${toRotate?.id ?? ""}/${toRevoke?.id ?? ""}`}
          action={createScimTokenAction}
          roles={grantableRoles(viewer)
            .filter((r) => r !== "EMPLOYEE")
            .map((r) => ({ code: r, label: roleLabel(r) }))}
          labels={{
            ...shown,
            name: tr("scim.admin.nameLabel"),
            nameHint: tr("scim.admin.nameHint"),
            roles: tr("scim.admin.rolesLabel"),
            rolesHint: tr("scim.admin.rolesHint"),
            submit: tr("scim.admin.create"),
            errorSummaryTitle: tr("declarations.form.errorSummaryTitle"),
            errorTitlePrefix: tr("declarations.form.errorTitlePrefix"),
          }}
        />
      </section>
    </div>
  );
}
