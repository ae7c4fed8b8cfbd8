"use client";
// Unexpected errors: a generic message (details are logged on the server, never shown).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const en = typeof document !== "undefined" && document.documentElement.lang === "en";
  return (
    <div className="max-w-prose space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{en ? "Something went wrong" : "Er ging iets mis"}</h1>
      <p className="text-lg">
        {en
          ? "Something went wrong on our side. Your data has not changed. Please try again."
          : "Er ging iets mis aan onze kant. Je gegevens zijn niet veranderd. Probeer het opnieuw."}
      </p>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {en ? "Try again" : "Opnieuw proberen"}
      </button>
    </div>
  );
}
