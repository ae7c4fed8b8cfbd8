// A CPU profile of the bench server: load it into the server's processes with
//   NODE_OPTIONS="--require $PWD/scripts/bench/profile-hook.cjs" PROF_DELAY=25 PROF_SECONDS=10 npm run bench
// It profiles PROF_SECONDS after PROF_DELAY seconds and writes $PROF_DIR/<pid>.cpuprofile (default
// /tmp/prof). `--cpu-prof` is refused in NODE_OPTIONS and `next start` serves from a child process, so
// the profiler is started from inside each process. Summary: node scripts/bench/profile-summary.cjs <file>
const inspector = require("node:inspector");
const fs = require("node:fs");

const dir = process.env.PROF_DIR || "/tmp/prof";
const delay = Number(process.env.PROF_DELAY || 40) * 1000;
const seconds = Number(process.env.PROF_SECONDS || 15) * 1000;
const session = new inspector.Session();
session.connect();
// PROF_ON_SIGNAL=1: start on SIGUSR2 instead of after PROF_DELAY; run.ts sends it to the server when the
// submission phase starts, so the profile holds that phase only (not the bare INSERT or the warm-up).
const start = () =>
  session.post("Profiler.enable", () =>
    session.post("Profiler.setSamplingInterval", { interval: 500 }, () =>
      session.post("Profiler.start", () => {
        setTimeout(() => {
          session.post("Profiler.stop", (error, result) => {
            if (error) return;
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(`${dir}/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
          });
        }, seconds).unref();
      }),
    ),
  );
if (process.env.PROF_ON_SIGNAL === "1") process.once("SIGUSR2", start);
else setTimeout(start, delay).unref();
