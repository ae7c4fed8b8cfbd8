"use server";
// Declared on lib/actions (decision 048): the data layer marks only the viewer's own notifications.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { markAllRead } from "./data";

export const markAllReadAction = formAction({
  namespace: "actions",
  component: "notifications",
  fields: [],
  schema: z.object({}),
  run: (viewer) => markAllRead(viewer),
  done: (): ActionState => {
    revalidatePath("/", "layout");
    return { status: "success" };
  },
});
