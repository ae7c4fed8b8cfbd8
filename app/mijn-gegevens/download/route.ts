// "Download my data": the viewer's own data as a JSON file. Authenticates and authorises itself: it takes no
// parameter at all and reads only rows that belong to the signed-in person.
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { exportMyData } from "@/lib/privacy/my-data";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) redirect("/aanmelden");
  const { fileName, json } = await exportMyData(viewer);
  return new Response(json, {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
