// Renders the bibliography of a CSL-JSON file with citeproc-js: node citeproc_js.js STYLE.csl ITEMS.json
const fs = require('fs');
const path = require('path');
const CSL = require(path.join(__dirname, '..', 'node_modules', 'citeproc'));
const [styleFile, itemsFile] = process.argv.slice(2);
const style = fs.readFileSync(styleFile, 'utf8');
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const byId = Object.fromEntries(items.map((it) => [it.id, it]));
const localeDir = '/usr/share/citation-style-language/locales';
const sys = {
  retrieveLocale: (lang) => {
    try { return fs.readFileSync(path.join(localeDir, `locales-${lang}.xml`), 'utf8'); } catch (e) { return false; }
  },
  retrieveItem: (id) => byId[id],
};
const engine = new CSL.Engine(sys, style, 'en-US');
engine.updateItems(items.map((it) => it.id));
const [meta, entries] = engine.makeBibliography();
process.stdout.write(entries.length + ' entries\n');
