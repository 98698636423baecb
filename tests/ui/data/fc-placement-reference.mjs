// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates fc-placement-reference.json: random day columns laid out by the
// real FullCalendar timeGrid code from node_modules (the project's npm
// dependency), for tst_eventplacement's differential rows.
//   node tests/ui/data/fc-placement-reference.mjs [seed] [count] > tests/ui/data/fc-placement-reference.json
// computeFgSegPlacements/computeSegVCoords are not exported by @fullcalendar/
// timegrid, so their source is cut out of internal.js into a temporary module.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const fc = join(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/@fullcalendar');
const core = pathToFileURL(join(fc, 'core/internal.js')).href;
const source = readFileSync(join(fc, 'timegrid/internal.js'), 'utf8');
const body = source.slice(source.indexOf('// segInputs assumed sorted'), source.indexOf('const DEFAULT_TIME_FORMAT'));
const module = join(mkdtempSync(join(tmpdir(), 'fcplace-')), 'placement.mjs');
writeFileSync(module, `import { SegHierarchy, groupIntersectingEntries, binarySearch, getEntrySpanEnd, buildEntryKey } from '${core}';\n`
  + body + '\nexport { computeFgSegPlacements, computeSegVCoords };\n');
const { computeFgSegPlacements, computeSegVCoords } = await import(pathToFileURL(module).href);
const { TimeColsSlatsCoords } = await import(pathToFileURL(join(fc, 'timegrid/internal.js')).href);
const { createDuration, sortEventSegs, parseFieldSpecs } = await import(core);

let seed = Number(process.argv[2] || 1); // a fixed LCG: the file is reproducible
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const day = Date.UTC(2025, 2, 24);
const cases = [];
for (let c = 0; c < Number(process.argv[3] || 300); c++) {
  const slotMinutes = pick([15, 30, 30, 60]);
  const slotHeight = pick([20, 24, 30, 40, 17.5]);
  const strict = rnd() < 0.3;
  const overlap = rnd() < 0.5;
  const maxStack = pick([null, null, null, 1, 2, 3]);
  const gran = pick([5, 10, 15, 30]);
  const n = 2 + Math.floor(rnd() * 11);
  const events = [];
  for (let i = 0; i < n; i++) {
    const start = 8 * 60 + gran * Math.floor(rnd() * (180 / gran));
    const end = start + gran * (1 + Math.floor(rnd() * (120 / gran)));
    events.push({ id: 'e' + i, title: pick(['A', 'B', 'C', 'D', 'Ab', 'b', 'É', 'e']), start, end });
  }
  const rows = (24 * 60) / slotMinutes;
  const positions = { els: { length: rows }, tops: [...Array(rows).keys()].map((i) => i * slotHeight), getHeight: () => slotHeight };
  const coords = new TimeColsSlatsCoords(positions, { slotMinTime: createDuration(0) }, createDuration({ minutes: slotMinutes }));
  const segs = events.map((e) => {
    const range = { start: new Date(day + e.start * 60000), end: new Date(day + e.end * 60000) };
    return { ...range, _e: e, eventRange: { def: { publicId: e.id, title: e.title, allDay: false, extendedProps: {} }, instance: { range } } };
  });
  const sorted = sortEventSegs(segs, parseFieldSpecs('start,-duration,allDay,title'));
  const vcoords = computeSegVCoords(sorted, new Date(day), coords, 15);
  const { segPlacements, hiddenGroups } = computeFgSegPlacements(sorted, vcoords, strict, maxStack);
  const placed = {};
  for (const { seg, rect } of segPlacements) {
    const near = rect.levelCoord;
    const far = overlap ? Math.min(1, near + 2 * rect.thickness) : near + rect.thickness;
    placed[seg._e.id] = { top: rect.span.start, bottom: rect.span.end, z: rect.stackDepth + 1, near, far };
  }
  const groups = hiddenGroups.map((g) => ({ top: g.span.start, bottom: g.span.end, ids: g.entries.map((en) => sorted[en.index]._e.id) }));
  cases.push({ slotMinutes, slotHeight, strict, overlap, maxStack, events, placed, groups });
}
process.stdout.write(JSON.stringify(cases, null, 0).replace(/\},\{"slotMinutes"/g, '},\n{"slotMinutes"') + '\n');
