// The steps of a campaign that cannot be undone (close it, remind its non-responders now): a section on the
// campaign's page that leads to a confirm page, and that confirm page ("Weet je het zeker?", issue 19 item 5).
import Link from "next/link";
import { ConfirmActions, ConfirmNotice, type ConfirmStep } from "@/components/ui/confirm-actions";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

/** On the campaign's page: what the step does, and a link to its confirm page. */
export function CampaignStepSection({
  id,
  title,
  hint,
  href,
  link,
  variant,
}: {
  id: string;
  title: string;
  hint: string;
  href: string;
  link: string;
  variant: Extract<ButtonVariant, "secondary" | "danger">;
}) {
  return (
    <Section id={id} title={title}>
      <p className="mt-1 max-w-prose">{hint}</p>
      <p className="mt-2">
        <Link href={href} className={buttonClass(variant)}>
          {link}
        </Link>
      </p>
    </Section>
  );
}

/**
 * The confirm page: the question, what it means, one fact (a warning to weigh, or the reason it cannot be done
 * now, then without the confirm button), confirm and a way back to the campaign.
 */
export function CampaignConfirmStep({
  campaignId,
  question,
  lead,
  notice,
  confirm,
  cancel,
}: {
  campaignId: string;
  question: string;
  lead: string;
  notice: { tone: "warning" | "error"; text: string; testId: string };
  confirm: ConfirmStep | null;
  cancel: string;
}) {
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">{question}</h1>
      <p className="text-lg">{lead}</p>
      <ConfirmNotice tone={notice.tone} testId={notice.testId}>
        {notice.text}
      </ConfirmNotice>
      <ConfirmActions confirm={confirm} href={`/beheer/jaarverklaring/${campaignId}`} back={cancel} />
    </div>
  );
}
