"use client";
import { signIn } from "next-auth/react";

export function SsoSignInButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("oidc", { callbackUrl: "/" })}
      className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
    >
      {label}
    </button>
  );
}
