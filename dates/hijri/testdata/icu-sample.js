// Prints every 1511th day of ICU's islamic-civil and islamic-tbla calendars
// from 622-07-18 to 2174-11-25 (proleptic Gregorian), and every 293rd day of
// islamic-umalqura, as "calendar YYYY-MM-DD year month day". Used by
// gen-sample.sh to build oracle-sample.txt; run with Node.js built with full
// ICU: node icu-sample.js
'use strict';
const DAY = 86400000;
function fmt(cal) {
  return new Intl.DateTimeFormat('en-US-u-nu-latn', {
    calendar: cal, timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
  });
}
function iso(t) {
  const d = new Date(t);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
function dump(cal, name, from, to, step) {
  const f = fmt(cal);
  for (let t = from; t <= to; t += step * DAY) {
    const p = {};
    for (const part of f.formatToParts(new Date(t + DAY / 2))) p[part.type] = part.value;
    const year = parseInt(p.year ?? p.relatedYear, 10);
    console.log(`${name} ${iso(t)} ${year} ${parseInt(p.month, 10)} ${parseInt(p.day, 10)}`);
  }
}
const startCivil = Date.UTC(622, 6, 19);
const end = Date.UTC(2174, 10, 25);
dump('islamic-civil', 'civil', startCivil, end, 1511);
dump('islamic-tbla', 'astronomical', startCivil - DAY, end, 1511);
dump('islamic-umalqura', 'icu-umalqura', Date.UTC(1882, 10, 12), end, 293);
