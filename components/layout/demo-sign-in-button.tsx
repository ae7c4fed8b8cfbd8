// A demo person's sign-in: a plain HTML form posted to next-auth's credentials callback, so it works without
// JavaScript (issue 19 item 5); the CSRF token comes from the page (lib/auth/demo-csrf.ts).
export function DemoSignInButton({
  personId,
  label,
  description,
  csrfToken,
}: {
  personId: string;
  label: string;
  description: string;
  csrfToken: string;
}) {
  return (
    <form method="post" action="/api/auth/callback/demo">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button
        type="submit"
        className="w-full rounded border border-brand px-3 py-2 text-left hover:bg-brand-light disabled:opacity-60"
      >
        <span className="block font-semibold text-brand-dark">{label}</span>
        <span className="block text-sm text-neutral-700">{description}</span>
      </button>
    </form>
  );
}
