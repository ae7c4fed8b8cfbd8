"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, toLocale } from "./config";
import { usesSecureCookies } from "@/lib/auth/cookies";

/** Switches the interface language. Needs no sign-in: it only sets a preference cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    // HttpOnly and SameSite=Lax like the session cookie, Secure when the portal runs on https (lib/auth/cookies.ts).
    path: "/", sameSite: "lax", httpOnly: true, secure: usesSecureCookies(), maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
}
