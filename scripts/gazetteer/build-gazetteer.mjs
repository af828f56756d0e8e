// Builds src/main/resources/place/gazetteer.json, the places staff can pick and the maps draw, from real data only:
//  - countries: Natural Earth Admin 0 boundaries 1:50m (public domain) as redistributed by npm world-atlas 2.0.2
//    (ISC), read with topojson-client 3.1.0 (ISC);
//  - seas and ocean regions: the sea surface of npm @geo-maps/earth-seas-10m 0.6.0 (OpenStreetMap coastlines,
//    ODbL 1.0, (c) OpenStreetMap contributors) kept inside the extents listed in SEAS below. Those extents are
//    our own approximate boxes in open water (the packages carry no named sea limits); every coastline is real.
// Outlines are simplified (Douglas-Peucker, 0.05 degrees) and rounded to 0.01 degrees (about 1 km).
// Run (Node 24): mkdir /tmp/g && cd /tmp/g && npm pack world-atlas@2.0.2 topojson-client@3.1.0 \
//   @geo-maps/earth-seas-10m@0.6.0 && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node scripts/gazetteer/build-gazetteer.mjs /tmp/g > src/main/resources/place/gazetteer.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dir = process.argv[2];
const require = createRequire(`${dir}/topojson-client-3.1.0/package/`);
const topojson = require(`${dir}/topojson-client-3.1.0/package/dist/topojson-client.js`);
const read = (path) => JSON.parse(readFileSync(`${dir}/${path}`, 'utf8'));

const TOLERANCE = 0.05;
const SEAS = [
  { name: 'Caribbean Sea', boxes: [[-89.5, 14.5, -83.5, 21.6], [-83.5, 9.1, -74, 20], [-74, 9.5, -60.5, 18]] },
  { name: 'Gulf of Mexico', boxes: [[-98, 21.6, -80.5, 31], [-98, 18, -90, 21.6]] },
  { name: 'Eastern Pacific Ocean', boxes: [[-120, -5, -98, 25], [-98, -5, -84, 15], [-84, -5, -77, 8.8]] },
];

const slug = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const round = (v) => Math.round(v * 100) / 100;

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

function ringCentroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0 ? ring[0] : [x / (3 * a), y / (3 * a)];
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplify(points) {
  if (points.length < 4) return points;
  let index = 0, max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicular(points[i], points[0], points[points.length - 1]);
    if (d > max) { max = d; index = i; }
  }
  if (max <= TOLERANCE) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, index + 1)).slice(0, -1), ...simplify(points.slice(index))];
}

function cleanRing(ring) {
  const open = ring.slice(0, -1);
  // Split a closed ring at its farthest point so the simplification keeps its shape.
  let far = 0, best = 0;
  open.forEach((p, i) => { const d = Math.hypot(p[0] - open[0][0], p[1] - open[0][1]); if (d > best) { best = d; far = i; } });
  const simple = [...simplify(open.slice(0, far + 1)).slice(0, -1), ...simplify([...open.slice(far), open[0]])];
  const rounded = simple.map(([x, y]) => [round(x), round(y)])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  if (rounded.length < 3) return null;
  rounded.push(rounded[0]);
  return Math.abs(ringArea(rounded)) < 0.004 ? null : rounded;
}

function cleanPolygons(polygons) {
  return polygons
      .map((rings) => rings.map(cleanRing))
      .filter((rings) => rings[0] !== null)
      .map((rings) => rings.filter((ring) => ring !== null));
}

// Sutherland-Hodgman against one box; open-water edges of the result follow the box.
function clipRing(ring, [w, s, e, n]) {
  const edges = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + (b[1] - a[1]) * (w - a[0]) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + (b[1] - a[1]) * (e - a[0]) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + (b[0] - a[0]) * (s - a[1]) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + (b[0] - a[0]) * (n - a[1]) / (b[1] - a[1]), n]],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i], previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) points.push(cross(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(cross(previous, current));
      }
    }
    if (points.length === 0) return null;
  }
  return [...points, points[0]];
}

function clipPolygons(polygons, box) {
  const [w, s, e, n] = box;
  const touches = (ring) => ring.some(([x, y]) => x >= w && x <= e && y >= s && y <= n);
  const out = [];
  for (const rings of polygons) {
    const outer = clipRing(rings[0], box);
    if (!outer) continue;
    // Islands (holes) inside the box stay holes.
    out.push([outer, ...rings.slice(1).filter(touches).map((hole) => clipRing(hole, box)).filter(Boolean)]);
  }
  return out;
}

function place(key, name, kind, polygons) {
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
  const [cx, cy] = ringCentroid(largest[0]);
  const xs = polygons.flatMap((p) => p[0].map((q) => q[0])), ys = polygons.flatMap((p) => p[0].map((q) => q[1]));
  return { key, name, kind, centroid: [round(cx), round(cy)],
    bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], polygons };
}

const atlas = read('world-atlas-2.0.2/package/countries-50m.json');
const countries = topojson.feature(atlas, atlas.objects.countries).features
    .filter((f) => f.geometry)
    .map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const cleaned = cleanPolygons(polygons);
      return cleaned.length ? place(slug(f.properties.name), f.properties.name, 'COUNTRY', cleaned) : null;
    })
    .filter(Boolean);

const ocean = read('geo-maps-earth-seas-10m-0.6.0/package/map.geo.json').geometries[0].coordinates;
const seas = SEAS.map((sea) => place(slug(sea.name), sea.name, 'AREA',
    cleanPolygons(sea.boxes.flatMap((box) => clipPolygons(ocean, box)))));

const places = [...seas, ...countries].sort((a, b) => a.name.localeCompare(b.name));
const keys = new Set();
for (const p of places) {
  if (keys.has(p.key)) throw new Error(`duplicate key ${p.key}`);
  keys.add(p.key);
}
process.stdout.write(JSON.stringify({
  source: 'Countries: Natural Earth 1:50m Admin 0 (public domain) via npm world-atlas 2.0.2. Seas: sea surface from '
      + 'npm @geo-maps/earth-seas-10m 0.6.0, (c) OpenStreetMap contributors, ODbL 1.0, within approximate extents '
      + 'of our own. Simplified to 0.05 degrees.',
  places,
}) + '\n');
