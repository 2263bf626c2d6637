// Prints the citations of a citations file as citeproc-js renders them, one per line (plain
// text, whitespace runs folded):
//   node citeproc_cite.js STYLE.csl ITEMS.json CITATIONS.json
// CITATIONS.json is citeproc-js's rebuildProcessorState input: [{citationID, citationItems:
// [{id, locator?, label?, prefix?, suffix?, "suppress-author"?, "author-only"?}],
// properties: {noteIndex}}]. Used by diff_citations.py.
const fs = require('fs');
const path = require('path');
const CSL = require(path.join(__dirname, '..', 'node_modules', 'citeproc'));
const [styleFile, itemsFile, citesFile] = process.argv.slice(2);
const style = fs.readFileSync(styleFile, 'utf8');
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const cites = JSON.parse(fs.readFileSync(citesFile, 'utf8'));
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
const res = engine.rebuildProcessorState(cites, 'text');
for (const r of res) process.stdout.write(String(r[2]).replace(/\s+/g, ' ').trim() + '\n');
