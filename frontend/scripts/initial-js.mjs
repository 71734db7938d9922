/**
 * The home page's initial JavaScript, gzipped (-9): the entry script of dist/index.html with every
 * chunk it imports statically, plus the overview route's chunk (the router fetches it at once for
 * "/") with its static imports. Lazy chunks (other screens, echarts) are not counted: they load
 * only when visited or scrolled to. Fails above the budget (300 KB unless BUDGET_KB says otherwise).
 *
 *   npm run build && npm run size
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
const dist = process.argv[2] ?? 'dist';
const budget = Number(process.env.BUDGET_KB ?? 300);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const seen = new Set();
function walk(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // static imports only: `import ... from "./x.js"` / `import "./x.js"` (not import("./x.js"))
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) walk(join('assets', m[1].slice(2)));
}
entry.forEach(walk);
const overview = readFileSync(join(dist, entry[0]), "utf8").match(/(\.\/overview-[^"'`]+\.js)/)?.[1];
if (overview) walk(join('assets', overview.slice(2)));
let total = 0;
for (const f of seen) { const gz = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length; total += gz; console.log(f.padEnd(48), (gz / 1024).toFixed(1), 'KB'); }
console.log('initial JS (gzip):', (total / 1024).toFixed(1), 'KB over', seen.size, 'files; budget', budget, 'KB');
if (!overview) throw new Error('the overview chunk was not found in the entry script');
if (total / 1024 > budget) process.exit(1);
