import { confirmMetadata, DeclarationConfirmPage } from "@/components/declarations/confirm-page";

export const generateMetadata = confirmMetadata;

/** "Weet je het zeker?" before withdrawing a declaration (issue 19 item 5). */
export default function WithdrawDeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  return <DeclarationConfirmPage kind="withdraw" params={params} />;
}
