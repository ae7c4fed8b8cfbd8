// Summarises a .cpuprofile (scripts/bench/profile-hook.cjs): self time by package and by function, and
// inclusive time. Usage: node scripts/bench/profile-summary.cjs /tmp/prof/<pid>.cpuprofile
const fs = require("node:fs");
const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) || 0) + 1);
const total = p.samples.length;
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const key = (n) =>
  `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/.*node_modules\//, "nm/").replace(/.*\.next\//, ".next/")}:${n.callFrame.lineNumber}`;
const pkg = (n) => {
  const u = n.callFrame.url;
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(u);
  return m
    ? m[1]
    : u.includes(".next/")
      ? "app(.next)"
      : u.startsWith("node:")
        ? "node:" + u.slice(5).split("/")[0]
        : n.callFrame.functionName || "(native)";
};
const byPkg = new Map();
for (const [id, c] of counts) {
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) || 0) + c);
  byPkg.set(pkg(n), (byPkg.get(pkg(n)) || 0) + c);
}
console.log("samples", total);
console.log("--- self by package");
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(((100 * v) / total).toFixed(1) + "%", k);
console.log("--- self by function");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(((100 * v) / total).toFixed(1) + "%", k);
// inclusive for app functions
const incl = new Map();
for (const [id, c] of counts) {
  let cur = id;
  const seen = new Set();
  while (cur !== undefined) {
    const n = byId.get(cur);
    const k = key(n);
    if (!seen.has(k)) {
      incl.set(k, (incl.get(k) || 0) + c);
      seen.add(k);
    }
    cur = parent.get(cur);
  }
}
console.log("--- inclusive (top 50)");
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 50))
  console.log(((100 * v) / total).toFixed(1) + "%", k);
