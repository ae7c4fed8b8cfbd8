"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, toLocale } from "./config";
import { usesSecureCookies } from "@/lib/auth/cookies";
import { getViewer } from "@/lib/auth/session";
import { saveOwnLocale } from "./data";

/**
 * Switches the interface language. Needs no sign-in: it sets a preference cookie. When someone is signed in (the
 * session, read here and checked like every request: lib/auth/session.ts), it also stores the choice with the
 * person, so that e-mails and notifications reach them in it (decision 051).
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    // HttpOnly and SameSite=Lax like the session cookie, Secure when the portal runs on https (lib/auth/cookies.ts).
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: usesSecureCookies(),
    maxAge: 60 * 60 * 24 * 365,
  });
  const viewer = await getViewer();
  if (viewer) await saveOwnLocale(viewer, locale);
  revalidatePath("/", "layout");
}
