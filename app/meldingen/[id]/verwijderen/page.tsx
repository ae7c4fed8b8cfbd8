import { confirmMetadata, DeclarationConfirmPage } from "@/components/declarations/confirm-page";

export const generateMetadata = confirmMetadata;

/** "Weet je het zeker?" before deleting a draft (issue 19 item 5). */
export default function DiscardDraftPage({ params }: { params: Promise<{ id: string }> }) {
  return <DeclarationConfirmPage kind="discard" params={params} />;
}
