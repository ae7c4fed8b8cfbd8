"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/declarations/action-state";
import { markAllRead } from "./data";

export async function markAllReadAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  await markAllRead(viewer);
  revalidatePath("/", "layout");
  return { status: "success" };
}
