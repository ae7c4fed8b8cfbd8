// A plain form: signing out works without JavaScript, and with single sign-on it continues at the identity
// provider's logout (app/api/afmelden/route.ts).
export function SignOutButton({ label }: { label: string }) {
  return (
    <form method="post" action="/api/afmelden">
      <button type="submit" className="rounded border border-white/70 px-3 py-1 text-white hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
