"use client";
import { Button } from "@/components/ui/button";
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
      <Button type="button" onClick={reset}>
        {en ? "Try again" : "Opnieuw proberen"}
      </Button>
    </div>
  );
}
