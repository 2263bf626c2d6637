// Prints the bibliography of a CSL-JSON file as citeproc-js renders it, one entry per line
// (plain text, inner whitespace runs folded to one space):
//   node citeproc_bib.js STYLE.csl ITEMS.json [CITATIONS.json]
// Prints NO-BIBLIOGRAPHY for a style without one. With CITATIONS.json (rebuildProcessorState
// input: [{citationID, citationItems: [{id, locator?, label?, prefix?, suffix?,
// "suppress-author"?, "author-only"?}], properties: {noteIndex}}]) it prints the citations
// instead, one per line. Used by diff_citeproc.py.
const fs = require('fs');
const path = require('path');
const CSL = require(path.join(__dirname, '..', 'node_modules', 'citeproc'));
const [styleFile, itemsFile, citesFile] = process.argv.slice(2);
const style = fs.readFileSync(styleFile, 'utf8');
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const byId = Object.fromEntries(items.map((it) => [String(it.id), it]));
const localeDir = '/usr/share/citation-style-language/locales';
const sys = {
  retrieveLocale: (lang) => {
    try { return fs.readFileSync(path.join(localeDir, `locales-${lang}.xml`), 'utf8'); } catch (e) { return false; }
  },
  retrieveItem: (id) => byId[id],
};
const engine = new CSL.Engine(sys, style);
engine.setOutputFormat('text');
// One write at the end, and no process.exit(): exiting right after writing to a pipe can drop
// the output still buffered (a long citations run lost its last 140 lines so).
let out = '';
if (citesFile) {
  const cites = JSON.parse(fs.readFileSync(citesFile, 'utf8'));
  for (const c of engine.rebuildProcessorState(cites, 'text')) out += String(c[2]).replace(/\s+/g, ' ').trim() + '\n';
} else {
  engine.updateItems(items.map((it) => String(it.id)));
  const r = engine.makeBibliography();
  if (!r) out = 'NO-BIBLIOGRAPHY\n';
  else for (const e of r[1]) out += e.replace(/\s+/g, ' ').trim() + '\n';
}
process.stdout.write(out);
