// `npm run db:seed`: loads the demo data into the configured database when it holds no organisation yet.
import { prepareDatabase } from "@/lib/db";

const opened = await prepareDatabase(undefined, { seedDemo: true });
const count = await opened.prisma.person.count();
console.log(`Database ready (${opened.target.display}): ${count} people.`);
await opened.close();
