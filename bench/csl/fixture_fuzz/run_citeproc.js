// Renders CSL test-suite fixtures with citeproc-js the way the suite is run
// (../shared/csl-test-suite/fixtures/README.md, "How each fixture is run"), and prints a JSON
// object {fixture name: {"output": text} | {"error": message}} on stdout.
//
//   node run_citeproc.js FIXTURE.txt...      (or a directory: every *.txt in it)
//
// citeproc-js is required from bench/node_modules (bench/csl/setup-citeproc.sh) or, failing
// that, from /work/main/bench/node_modules.
'use strict';
const fs = require('fs');
const path = require('path');

function loadCiteproc() {
  const candidates = [
    path.join(__dirname, '..', '..', 'node_modules', 'citeproc'),
    '/work/main/bench/node_modules/citeproc',
  ];
  for (const c of candidates) {
    try { return require(c); } catch (e) { /* next */ }
  }
  throw new Error('citeproc-js not found: run bench/csl/setup-citeproc.sh');
}
const CSL = loadCiteproc();
const localeDir = '/usr/share/citation-style-language/locales';
const localeCache = {};

// Sections are ">>===== NAME =====>>" ... "<<===== NAME =====<<" with any number of '='.
function parseFixture(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  const sections = {};
  let name = null;
  let buf = [];
  for (const line of lines) {
    const open = line.match(/^>>=+\s*([A-Z-]+)\s*=+>>\s*$/);
    const close = line.match(/^<<=+\s*([A-Z-]+)\s*=+<<\s*$/);
    if (open && name === null) { name = open[1]; buf = []; continue; }
    if (close && name !== null && close[1] === name) { sections[name] = buf.join('\n'); name = null; continue; }
    if (name !== null) buf.push(line);
  }
  return sections;
}

function runFixture(sections) {
  const mode = sections.MODE.trim();
  const items = JSON.parse(sections.INPUT);
  const byId = {};
  const ids = [];
  items.forEach((it, i) => {
    if (it.id === undefined || it.id === null) it.id = 'ITEM-' + (i + 1);
    it.id = String(it.id);
    byId[it.id] = it;
    ids.push(it.id);
  });
  const sys = {
    retrieveLocale: (lang) => {
      if (!(lang in localeCache)) {
        try { localeCache[lang] = fs.readFileSync(path.join(localeDir, `locales-${lang}.xml`), 'utf8'); } catch (e) { localeCache[lang] = false; }
      }
      return localeCache[lang];
    },
    retrieveItem: (id) => byId[String(id)],
  };
  const engine = new CSL.Engine(sys, sections.CSL);
  // OUTPUT-FORMAT (the fuzzer's own section; the suite's fixtures are all HTML).
  if (sections['OUTPUT-FORMAT'] && sections['OUTPUT-FORMAT'].trim() === 'text') engine.setOutputFormat('text');
  engine.updateItems(ids);
  const fixIds = (cites) => cites.map((c) => Object.assign({}, c, { id: String(c.id) }));
  if (mode === 'bibliography') {
    const res = engine.makeBibliography();
    if (!res) return '';
    return res[0].bibstart + res[1].join('') + res[0].bibend;
  }
  if (sections.CITATIONS) {
    const calls = JSON.parse(sections.CITATIONS);
    const rendered = {};
    let order = [];
    for (const [citation, pre, post] of calls) {
      citation.citationItems = fixIds(citation.citationItems);
      const [, updates] = engine.processCitationCluster(citation, pre, post);
      for (const [, text, id] of updates) rendered[id] = text;
      order = pre.map((p) => p[0]).concat([citation.citationID], post.map((p) => p[0]));
    }
    return order.map((id) => rendered[id]).join('\n');
  }
  let citations;
  if (sections['CITATION-ITEMS']) {
    citations = JSON.parse(sections['CITATION-ITEMS']);
  } else {
    citations = [engine.registry.reflist.map((r) => ({ id: r.id }))];
  }
  return citations.map((c) => engine.makeCitationCluster(fixIds(c))).join('\n');
}

function main() {
  let files = [];
  for (const arg of process.argv.slice(2)) {
    if (fs.statSync(arg).isDirectory()) {
      files = files.concat(fs.readdirSync(arg).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(arg, f)));
    } else files.push(arg);
  }
  const out = {};
  // citeproc-js reports style problems through console.log; keep stdout for the JSON.
  const log = console.log;
  console.log = () => {};
  for (const f of files) {
    const name = path.basename(f, '.txt');
    try {
      out[name] = { output: runFixture(parseFixture(fs.readFileSync(f, 'utf8'))) };
    } catch (e) {
      out[name] = { error: String(e && e.message ? e.message : e).split('\n')[0] };
    }
  }
  console.log = log;
  process.stdout.write(JSON.stringify(out));
}

main();
