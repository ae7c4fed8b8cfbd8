// GET /integriteit/geschenken/export?jaar=&gever=&bestemming=: the gift register (as filtered) as CSV. Internal:
// it names who received what. The handler checks the viewer and the area itself; the data layer checks again.
import { requireArea } from "@/lib/auth/session";
import { exportGiftRegister } from "@/lib/gifts/data";
import { parseGiftRegisterParams } from "@/lib/gifts/schemas";
import { GIFT_REGISTER_COLUMNS, giftRegisterRows } from "@/lib/gifts/export";
import { csvResponse, toCsv } from "@/lib/overview/csv";
import { getT } from "@/lib/i18n/server";
import { keyIn } from "@/lib/i18n/keys";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const viewer = await requireArea("gifts");
  const { t } = await getT();
  const parsed = parseGiftRegisterParams(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok) {
    const message = Object.values(parsed.fieldErrors)
      .map((k) => t(keyIn("overview.errors", k)))
      .join(" ");
    return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const rows = await exportGiftRegister(viewer, parsed.value);
  if (!rows)
    return new Response(t("overview.register.notKept"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const csv = toCsv(
    GIFT_REGISTER_COLUMNS,
    giftRegisterRows(rows, {
      status: (s) => t(keyIn("declarations.status", s)),
      destination: (d) => t(keyIn("overview.register.destinations", d)),
    }),
  );
  return csvResponse(csv, `geschenkenregister${parsed.value.year ? `-${parsed.value.year}` : ""}.csv`);
}
