"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, toLocale } from "./config";

/** Switches the interface language. Needs no sign-in: it only sets a preference cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/", sameSite: "lax", httpOnly: true, secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://"), maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
}
