"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";

export function DemoSignInButton({
  personId,
  label,
  description,
}: {
  personId: string;
  label: string;
  description: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("demo", { personId, callbackUrl: "/" });
      }}
      className="w-full rounded border border-brand px-3 py-2 text-left hover:bg-brand-light disabled:opacity-60"
    >
      <span className="block font-semibold text-brand-dark">{label}</span>
      <span className="block text-sm text-neutral-700">{description}</span>
    </button>
  );
}
