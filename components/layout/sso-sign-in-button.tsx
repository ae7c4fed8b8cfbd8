"use client";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SsoSignInButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => void signIn("oidc", { callbackUrl: "/" })}>
      {label}
    </Button>
  );
}
